package org.nhlakehouse.cli.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.pipeline.PipelineListener;
import org.nhlakehouse.localrun.LocalLakehouse;

/**
 * Gold recomputes only the facility-quarters a batch can change (sql/silver/stg_affected_facility_quarters.sql).
 * GIVEN generated national-shaped files for two quarters, one of whose Data Collection Intervals files moves its
 * release to the other quarter, WHEN they are loaded one file per run in orders that make every narrowing rule matter
 * (releases before and after their PBJ quarter, the re-mapping intervals file last), THEN Gold equals loading them all
 * at once, table by table and bit for bit (no float aggregate may depend on the order rows are summed in).
 */
class LoadOrderTest {

    private static final List<String> GOLD = List.of("fct_facility_day", "fct_facility_quarter", "dim_facility",
            "agg_state_quarter", "agg_national_quarter", "agg_peer_distribution");
    // 2023Q4 is carried by the May 2024 release, 2024Q1 by Aug 2024; this intervals file says Aug 2024 carries
    // 2023Q4 too, so 2024Q1 is left without a carrying release and takes its beds from the nearest one.
    private static final String AUG_2024_INTERVALS = "NH_DataCollectionIntervals_Aug2024.csv";
    private static final String REMAPPED_INTERVALS = """
            Measure Code,Measure Description,Data Collection Period From Date,Data Collection Period Through Date,\
            Measure Date Range,Processing Date
            STAFFING_LEVELS,Staffing levels (PBJ),2023-10-01,2023-12-31,10/01/2023-12/31/2023,2024-08-01
            """;

    @TempDir
    static Path dir;

    private static Path input;
    private static Map<String, List<Map<String, Object>>> allAtOnce;

    @BeforeAll
    static void generateAndLoadAllAtOnce() throws Exception {
        input = dir.resolve("input");
        new CmsDataGenerator(new GeneratorSettings(60, 2, 11, Quarter.parse("2023Q4"), 0.0)).writeTo(input);
        Files.writeString(input.resolve(AUG_2024_INTERVALS), REMAPPED_INTERVALS);
        allAtOnce = load("all-at-once", List.of(List.of(Files.list(input).map(p -> p.getFileName().toString())
                .sorted().toArray(String[]::new))));
    }

    @Test
    void releasesAndIntervalsAfterTheirQuarters_giveTheSameGold() throws Exception {
        assertThat(allAtOnce.get("fct_facility_quarter")).hasSize(120);
        assertThat(load("pbj-first", List.of(
                List.of("PBJ_dailynursestaffing_CY2023Q4.csv"),
                List.of("PBJ_dailynursestaffing_CY2024Q1.csv"),
                List.of("NH_ProviderInfo_Aug2024.csv"),
                List.of("NH_ProviderInfo_May2024.csv"),
                List.of("NH_DataCollectionIntervals_May2024.csv"),
                List.of(AUG_2024_INTERVALS)))).satisfies(LoadOrderTest::equalsAllAtOnce);
    }

    @Test
    void releasesBeforeTheirQuarters_giveTheSameGold() throws Exception {
        assertThat(load("releases-first", List.of(
                List.of("NH_ProviderInfo_Aug2024.csv", AUG_2024_INTERVALS),
                List.of("PBJ_dailynursestaffing_CY2024Q1.csv"),
                List.of("NH_ProviderInfo_May2024.csv"),
                List.of("PBJ_dailynursestaffing_CY2023Q4.csv"),
                List.of("NH_DataCollectionIntervals_May2024.csv")))).satisfies(LoadOrderTest::equalsAllAtOnce);
    }

    /** Table by table, naming the rows only one side has. */
    private static void equalsAllAtOnce(Map<String, List<Map<String, Object>>> gold) {
        for (String table : GOLD) {
            List<Map<String, Object>> expected = allAtOnce.get(table);
            List<Map<String, Object>> actual = gold.get(table);
            assertThat(actual).as("gold.%s: rows only in this load %s; rows only in the load all at once %s", table,
                    actual.stream().filter(r -> !expected.contains(r)).limit(3).toList(),
                    expected.stream().filter(r -> !actual.contains(r)).limit(3).toList())
                    .isEqualTo(expected);
        }
    }

    /** Loads the files in runs (one inner list per run) into a new warehouse; returns its Gold tables, sorted. */
    private static Map<String, List<Map<String, Object>>> load(String name, List<List<String>> runs)
            throws IOException {
        Map<String, List<Map<String, Object>>> gold = new LinkedHashMap<>();
        try (LocalLakehouse lakehouse = LocalLakehouse.open(dir.resolve(name))) {
            int run = 0;
            for (List<String> files : runs) {
                Path folder = Files.createDirectories(dir.resolve(name + "-input-" + run));
                for (String file : files) {
                    Files.copy(input.resolve(file), folder.resolve(file));
                }
                lakehouse.ingest(folder);
                lakehouse.run(name + "-" + run++, PipelineListener.NONE);
            }
            for (String table : GOLD) {
                // Compared exactly, doubles to their last bit: Gold must be the same bytes whatever the order.
                gold.put(table, lakehouse.engine().query("select * from gold." + table + " order by all").asMaps());
            }
        }
        return gold;
    }
}
