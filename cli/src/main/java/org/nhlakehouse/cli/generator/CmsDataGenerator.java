package org.nhlakehouse.cli.generator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Generates CMS-shaped files for a made-up nation of nursing homes: per quarter, the PBJ Daily Nurse Staffing file, the
 * Provider Info release that carries the quarter, with reported staffing equal to what the pipeline recomputes from the
 * PBJ rows it keeps, and the release's Data Collection Intervals file. Deterministic: the same settings give the same
 * bytes. Streams every file; only the roster and one number set per facility are held in memory.
 */
public final class CmsDataGenerator {

    private final GeneratorSettings settings;

    public CmsDataGenerator(GeneratorSettings settings) {
        this.settings = settings;
    }

    /** The files one quarter's generation writes, by name. */
    public static List<String> fileNames(Quarter quarter) {
        LocalDate release = quarter.carryingReleaseDate();
        return List.of(PbjFileWriter.fileName(quarter), ProviderInfoFileWriter.fileName(release),
                CollectionIntervalsWriter.fileName(release));
    }

    /** Writes every quarter's files into {@code directory} (created if needed); each file appears whole or not at all. */
    public GenerationReport writeTo(Path directory) throws IOException {
        long started = System.nanoTime();
        Files.createDirectories(directory);
        List<Facility> facilities = FacilityRoster.draw(settings.seed(), settings.facilities());
        PbjFileWriter pbj = new PbjFileWriter(settings.seed(), settings.badRowRate());
        ProviderInfoFileWriter providerInfo = new ProviderInfoFileWriter(settings.seed(), settings.badRowRate());
        List<GenerationReport.WrittenFile> files = new ArrayList<>();
        List<GenerationReport.QuarterSummary> summaries = new ArrayList<>();
        List<ExpectedReject> rejects = new ArrayList<>();
        for (int ordinal = 0; ordinal < settings.quarters(); ordinal++) {
            Quarter quarter = settings.quarter(ordinal);
            LocalDate release = quarter.carryingReleaseDate();
            QuarterTotals[] staffing = new QuarterTotals[facilities.size()];
            int q = ordinal;
            GenerationReport.WrittenFile pbjFile = write(directory.resolve(PbjFileWriter.fileName(quarter)),
                    out -> pbj.write(out, facilities, quarter, q, staffing, rejects::add));
            files.add(pbjFile);
            files.add(write(directory.resolve(ProviderInfoFileWriter.fileName(release)),
                    out -> providerInfo.write(out, facilities, release, q, staffing, rejects::add)));
            files.add(write(directory.resolve(CollectionIntervalsWriter.fileName(release)),
                    out -> CollectionIntervalsWriter.write(out, quarter, release)));
            QuarterTotals nation = new QuarterTotals();
            for (QuarterTotals facility : staffing) {
                nation.addAll(facility);
            }
            summaries.add(new GenerationReport.QuarterSummary(quarter, release, pbjFile.rows(),
                    nation.totalHprdValue(), nation.rnHprdValue(), nation.aideHprdValue(), nation.contractShare()));
        }
        return new GenerationReport(files, summaries, rejects, (System.nanoTime() - started) / 1_000_000);
    }

    @FunctionalInterface
    private interface Content {
        long writeTo(OutputStream out) throws IOException;
    }

    private static GenerationReport.WrittenFile write(Path file, Content content) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + ".partial");
        long rows;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            rows = content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return new GenerationReport.WrittenFile(file, rows, Files.size(file));
    }
}
