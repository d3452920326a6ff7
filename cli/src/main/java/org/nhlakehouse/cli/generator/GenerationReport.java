package org.nhlakehouse.cli.generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What a generation wrote.
 *
 * @param files every file, in writing order
 * @param quarters per quarter, the national pooled staffing of the rows the pipeline will keep
 * @param expectedRejects every row made wrong on purpose, with the reason the pipeline must quarantine it for
 */
public record GenerationReport(List<WrittenFile> files, List<QuarterSummary> quarters,
        List<ExpectedReject> expectedRejects, long elapsedMillis) {

    public GenerationReport {
        files = List.copyOf(files);
        quarters = List.copyOf(quarters);
        expectedRejects = List.copyOf(expectedRejects);
    }

    /** One written file and how many data rows (header excluded) it has. */
    public record WrittenFile(Path path, long rows, long bytes) {
    }

    /**
     * One quarter's pooled staffing (Σhours ÷ Σresident days over all facilities), to compare with CMS's national
     * figures (2023Q2: total 3.663, RN 0.589, aide 2.195, contract 9.7%).
     */
    public record QuarterSummary(Quarter quarter, LocalDate release, long pbjRows, double totalHprd,
            double rnHprd, double aideHprd, double contractShare) {
    }

    public long rows() {
        return files.stream().mapToLong(WrittenFile::rows).sum();
    }

    public long bytes() {
        return files.stream().mapToLong(WrittenFile::bytes).sum();
    }
}
