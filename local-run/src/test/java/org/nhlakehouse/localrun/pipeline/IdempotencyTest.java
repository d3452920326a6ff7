package org.nhlakehouse.localrun.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.pipeline.RunReport;
import org.nhlakehouse.localrun.testing.PipelineFixture;

/** Loading the same files twice, or in another order, or all at once, gives the same Gold, row for row. */
class IdempotencyTest {

    private static final String PBJ_2023 = "Payroll_Based_Journal_Daily_Nurse_Staffing_2023_Q2.csv";
    private static final String PBJ_2024 = "PBJ_Daily_Nurse_Staffing_Q2_2024.csv";
    private static final String RI = "ProviderInfo_2023_11_RI_excerpt.csv";
    private static final String WV = "ProviderInfo_2023_11_WV_excerpt.csv";
    private static final String AL = "ProviderInfo_2024_12_AL_excerpt.csv";

    @TempDir
    Path dir;

    private Map<String, List<List<Object>>> allAtOnce() throws Exception {
        try (PipelineFixture fixture = new PipelineFixture(dir.resolve("all"))) {
            fixture.sample(PBJ_2023).sample(PBJ_2024).sample(RI).sample(WV).sample(AL);
            fixture.run();
            return fixture.gold();
        }
    }

    @Test
    void runningAgain_changesNothing_andLandsNothing() throws Exception {
        try (PipelineFixture fixture = new PipelineFixture(dir.resolve("twice"))) {
            fixture.sample(PBJ_2023).sample(RI).sample(WV);
            fixture.run();
            Map<String, List<List<Object>>> first = fixture.gold();
            RunReport second = fixture.run();

            assertThat(second.landed()).isEmpty();
            assertThat(second.steps()).isEmpty();
            assertThat(fixture.gold()).isEqualTo(first);
        }
    }

    @Test
    void theSameFilesInOtherOrders_giveTheSameGold() throws Exception {
        Map<String, List<List<Object>>> expected = allAtOnce();
        assertThat(expected.get("gold.fct_facility_quarter")).hasSize(196);

        try (PipelineFixture providerInfoFirst = new PipelineFixture(dir.resolve("pi-first"))) {
            providerInfoFirst.sample(AL).sample(WV);
            providerInfoFirst.run();
            providerInfoFirst.sample(PBJ_2024);
            providerInfoFirst.run();
            providerInfoFirst.sample(RI);
            providerInfoFirst.run();
            providerInfoFirst.sample(PBJ_2023);
            providerInfoFirst.run();
            assertThat(providerInfoFirst.gold()).isEqualTo(expected);
        }
        try (PipelineFixture pbjFirst = new PipelineFixture(dir.resolve("pbj-first"))) {
            pbjFirst.sample(PBJ_2023).sample(PBJ_2024);
            pbjFirst.run();
            pbjFirst.sample(RI).sample(WV).sample(AL);
            pbjFirst.run();
            assertThat(pbjFirst.gold()).isEqualTo(expected);
        }
    }

    @Test
    void aNewerCopyOfTheSameFile_isRecognizedByItsChecksum_andLoadsNothingTwice() throws Exception {
        try (PipelineFixture fixture = new PipelineFixture(dir.resolve("copies"))) {
            fixture.sample(PBJ_2023, Instant.parse("2023-10-01T00:00:00Z")).sample(RI).sample(WV);
            fixture.run();
            Map<String, List<List<Object>>> first = fixture.gold();

            fixture.sample(PBJ_2023, Instant.parse("2023-11-01T00:00:00Z"));
            RunReport again = fixture.run();

            assertThat(again.landed()).isEmpty();
            assertThat(fixture.count("select count(*) from silver.superseded_rows")).isZero();
            assertThat(fixture.count("select count(*) from gold.data_health where file = ? and rows_kept = 17745"
                    + " and conserved", PBJ_2023)).isEqualTo(1);
            assertThat(fixture.gold()).isEqualTo(first);
        }
    }
}
