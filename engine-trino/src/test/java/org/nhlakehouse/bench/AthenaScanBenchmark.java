package org.nhlakehouse.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.pipeline.RunReport;
import org.nhlakehouse.core.pipeline.Warehouse;
import org.nhlakehouse.core.sql.WarehouseNames;
import org.nhlakehouse.core.testing.Samples;
import org.nhlakehouse.statemachine.Execution;
import org.nhlakehouse.trino.testing.TrinoLakehouse;
import org.nhlakehouse.trino.testing.TrinoQueries;
import org.nhlakehouse.trino.testing.TrinoQueries.Query;
import org.nhlakehouse.trino.testing.TrinoTest;

/**
 * What a pipeline run would cost on Athena (issue 10, "Athena cost"; docs/benchmarks.md): the whole pipeline in its
 * Athena form on the Trino test server over the real CMS samples, then every query's physical input bytes from Trino's
 * query statistics ({@code /v1/query/{id}}: what was read from storage, the measure Athena bills), with the price at
 * $5 per TB and Athena's minimum of 10 MB per query. A benchmark, not a test: it prints figures and asserts only that it
 * measured something; it is named so that no surefire default or CI pattern runs it:
 *
 * <pre>
 * ./mvnw -o -Ptrino -pl engine-trino -am verify -Dtest=AthenaScanBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.input=FOLDER]
 * </pre>
 */
@TrinoTest
class AthenaScanBenchmark {

    private static final WarehouseNames NAMES = WarehouseNames.prefixed("nhl");
    /** What a statement writes, wherever it says so (after a WITH clause too). */
    private static final Pattern TARGET = Pattern.compile(
            "(?is)\\b(insert\\s+into|merge\\s+into|create\\s+table(?:\\s+if\\s+not\\s+exists)?|delete\\s+from|"
                    + "update|alter\\s+table|create\\s+(?:or\\s+replace\\s+)?view|create\\s+schema(?:\\s+if\\s+not\\s+exists)?)"
                    + "\\s+([a-z_][a-z0-9_.\"]*)");
    private static final List<String> SAMPLES = List.of("Payroll_Based_Journal_Daily_Nurse_Staffing_2023_Q2.csv",
            "PBJ_Daily_Nurse_Staffing_Q2_2024.csv", "ProviderInfo_2023_11_RI_excerpt.csv",
            "ProviderInfo_2023_11_WV_excerpt.csv", "ProviderInfo_2024_12_AL_excerpt.csv");

    @TempDir
    Path dir;

    @Test
    void aPipelineRunOverTheSamples_printsTheBytesAthenaWouldScan(TrinoLakehouse trino) throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        List<Path> files = new ArrayList<>();
        String folder = System.getProperty(TrinoLakehouse.BENCH_INPUT_PROPERTY, "");
        if (folder.isBlank()) {
            for (String sample : SAMPLES) {
                files.add(Samples.path(sample));
            }
        } else {
            try (Stream<Path> listed = Files.list(Path.of(folder))) {
                listed.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        long pbjRows = 0;
        long inputBytes = 0;
        for (Path file : files) {
            Files.copy(file, input.resolve(file.getFileName()));
            inputBytes += Files.size(file);
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).contains("staffing")) {
                try (Stream<String> lines = Files.lines(file)) {
                    pbjRows += lines.count() - 1;
                }
            }
        }

        Warehouse warehouse = trino.warehouse(NAMES);
        Set<String> before = TrinoQueries.ids(trino);
        Execution execution = trino.runPipeline(warehouse, input, "athena-scan-benchmark");
        assertThat(execution.succeeded()).as(execution.report()).isTrue();
        assertThat(RunReport.fromExecutionOutput(execution.name(), execution.output(), 0).landed())
                .as("files landed by this run (run the benchmark alone: the server is shared by the JVM's tests)")
                .isNotEmpty();

        List<Query> scans = TrinoQueries.since(trino, before);
        assertThat(scans).as("the run's queries").isNotEmpty();
        print(scans, pbjRows, inputBytes);
    }

    private static void print(List<Query> scans, long pbjRows, long inputBytes) {
        long total = scans.stream().mapToLong(Query::physicalInputBytes).sum();
        long billed = scans.stream().mapToLong(Query::billedBytes).sum();
        Map<String, long[]> byStatement = new LinkedHashMap<>();
        for (Query scan : scans) {
            long[] sum = byStatement.computeIfAbsent(statement(scan.sql()), key -> new long[2]);
            sum[0]++;
            sum[1] += scan.physicalInputBytes();
        }
        StringBuilder out = new StringBuilder("\n== Athena scan of one pipeline run (Trino physical input bytes)\n");
        out.append("input: ").append(System.getProperty(TrinoLakehouse.BENCH_INPUT_PROPERTY, "").isBlank() ? "the CMS samples"
                : System.getProperty(TrinoLakehouse.BENCH_INPUT_PROPERTY)).append('\n');
        out.append(String.format(Locale.ROOT, "%,d bytes of CSV, %,d PBJ rows%n", inputBytes, pbjRows));
        out.append(String.format(Locale.ROOT, "queries: %d; physical input %,d bytes = $%.6f at $5/TB; "
                + "with Athena's 10 MB minimum per query %,d bytes = $%.6f%n", scans.size(), total, TrinoQueries.dollars(total),
                billed, TrinoQueries.dollars(billed)));
        out.append("largest statements (count, bytes):\n");
        byStatement.entrySet().stream().sorted(Comparator.comparingLong(entry -> -entry.getValue()[1])).limit(15)
                .forEach(entry -> out.append(String.format(Locale.ROOT, "  %-70s %4d %,14d%n", entry.getKey(),
                        entry.getValue()[0], entry.getValue()[1])));
        System.out.println(out);
    }

    /** The statement's verb and target ("merge into nhl_gold.fct_facility_day"), to group a run's queries by. */
    static String statement(String sql) {
        Matcher matcher = TARGET.matcher(sql);
        if (matcher.find()) {
            return (matcher.group(1).replaceAll("\\s+", " ") + " " + matcher.group(2)).toLowerCase(Locale.ROOT);
        }
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.substring(0, Math.min(60, flat.length()));
    }
}
