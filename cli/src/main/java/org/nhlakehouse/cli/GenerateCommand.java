package org.nhlakehouse.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.nhlakehouse.cli.generator.CmsDataGenerator;
import org.nhlakehouse.cli.generator.ExpectedReject;
import org.nhlakehouse.cli.generator.GenerationReport;
import org.nhlakehouse.cli.generator.GeneratorSettings;
import org.nhlakehouse.cli.generator.Quarter;
import org.nhlakehouse.core.csv.CsvWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lakehouse generate}: deterministic CMS-shaped PBJ and Provider Info files, for tests and benchmarks. */
@Command(name = "generate", description = "Write made-up but CMS-shaped files for N facilities over Q quarters: per "
        + "quarter the PBJ Daily Nurse Staffing file, the Provider Info release carrying it (reported staffing equal to "
        + "what the pipeline recomputes) and its Data Collection Intervals file. Same arguments, same bytes.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--facilities", paramLabel = "N", defaultValue = "200", description = "Facilities per quarter (default: ${DEFAULT-VALUE}; CMS has about 15,000).")
    int facilities;

    @Option(names = "--quarters", paramLabel = "Q", defaultValue = "1", description = "Consecutive quarters (default: ${DEFAULT-VALUE}).")
    int quarters;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--start", paramLabel = "YYYYQn", defaultValue = "2023Q1", description = "First quarter (default: ${DEFAULT-VALUE}).")
    String start;

    @Option(names = "--bad-row-rate", paramLabel = "RATE", defaultValue = "0.0005", description = "Share of rows made wrong on purpose, spread over the reasons the pipeline quarantines for "
            + "(default: ${DEFAULT-VALUE}).")
    double badRowRate;

    @Option(names = { "-o",
            "--out" }, paramLabel = "DIR", required = true, description = "Folder to write into (created if needed; files of the same names are replaced).")
    Path out;

    @Option(names = "--expected-rejects", paramLabel = "FILE", description = "Also write the rows made wrong on purpose (file, line, reason) to this CSV; keep it outside "
            + "the --out folder, which ./lakehouse run reads.")
    Path expectedRejects;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter console = spec.commandLine().getOut();
        GeneratorSettings settings = new GeneratorSettings(facilities, quarters, seed, Quarter.parse(start),
                badRowRate);
        GenerationReport report = new CmsDataGenerator(settings).writeTo(out);
        for (GenerationReport.WrittenFile file : report.files()) {
            console.printf("Wrote     %-50s %,10d rows %,14d bytes%n", file.path().getFileName(), file.rows(),
                    file.bytes());
        }
        for (GenerationReport.QuarterSummary q : report.quarters()) {
            console.printf("%s    release %s; pooled HPRD total %.3f, RN %.3f, aide %.3f; contract %.1f%% of hours%n",
                    q.quarter(), q.release(), q.totalHprd(), q.rnHprd(), q.aideHprd(), 100 * q.contractShare());
        }
        Map<String, Integer> byReason = new TreeMap<>();
        report.expectedRejects().forEach(r -> byReason.merge(r.reason().replaceFirst(":.*", ":<column>"), 1,
                Integer::sum));
        console.printf("Rows made wrong on purpose: %,d %s%n", report.expectedRejects().size(),
                byReason.isEmpty() ? "" : byReason);
        if (expectedRejects != null) {
            writeExpectedRejects(report, expectedRejects);
            console.printf("Their reasons: %s%n", expectedRejects.toAbsolutePath());
        }
        console.printf("Done: %,d rows, %,d bytes in %s in %.1f s%n", report.rows(), report.bytes(),
                out.toAbsolutePath(), report.elapsedMillis() / 1000.0);
        return LakehouseCli.OK;
    }

    private static void writeExpectedRejects(GenerationReport report, Path file) throws Exception {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CsvWriter csv = new CsvWriter(writer)) {
            csv.writeRow(List.of("file", "line", "reason"));
            for (ExpectedReject reject : report.expectedRejects()) {
                csv.writeRow(List.of(reject.fileName(), reject.line(), reject.reason()));
            }
        }
    }
}
