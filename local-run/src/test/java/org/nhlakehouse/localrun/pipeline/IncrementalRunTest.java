package org.nhlakehouse.localrun.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.pipeline.RunReport;
import org.nhlakehouse.local.GoldPublisher;
import org.nhlakehouse.localrun.testing.PipelineFixture;
import org.nhlakehouse.localrun.testing.PipelineFixture.Pbj;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small new file reprocesses only what it touches: counted in rows each step reads (DuckDB's profiler) and writes,
 * not in time.
 */
class IncrementalRunTest {

    @TempDir
    Path dir;

    @Test
    void oneSmallNewFile_readsAndWritesOnlyItsOwnFacilityQuarter() throws Exception {
        try (PipelineFixture fixture = new PipelineFixture(dir)) {
            fixture.sample("Payroll_Based_Journal_Daily_Nurse_Staffing_2023_Q2.csv")
                    .sample("ProviderInfo_2023_11_RI_excerpt.csv").sample("ProviderInfo_2023_11_WV_excerpt.csv");
            RunReport first = fixture.run();
            assertThat(first.step("fct_facility_quarter").rowsWritten()).isEqualTo(195);

            // Three corrected days for one RI facility: a later file for the same quarter.
            fixture.file("correction.csv", new Pbj()
                    .row("415002", "RI", "20230401", "55", "40", "22.96", "93.5")
                    .row("415002", "RI", "20230402", "54", "53.5", "8", "89")
                    .row("415002", "RI", "20230403", "54", "44", "16", "90").build(), Instant.parse("2024-06-01T00:00:00Z"));
            RunReport second = fixture.run();

            assertThat(second.landed()).hasSize(1);
            // Staging reads the new file's 3 Bronze rows and the file log, not the 17,745 rows already loaded. Of the
            // file log's 4 rows DuckDB scans 1 or all 4, as its zone map happens to skip them or not (file ids are
            // hashes).
            assertThat(second.step("stg_pbj_daily").rowsRead()).isBetween(3L + 1, 3L + 4);
            assertThat(second.step("stg_pbj_daily").rowsWritten()).isEqualTo(3);
            assertThat(second.step("pbj_daily").rowsWritten()).isEqualTo(3);
            assertThat(second.step("stg_affected_facility_quarters").rowsWritten()).isEqualTo(1);
            assertThat(second.step("fct_facility_day").rowsWritten()).isEqualTo(91);
            assertThat(second.step("fct_facility_quarter").rowsWritten()).isEqualTo(1);
            assertThat(second.step("dim_facility").rowsWritten()).isEqualTo(1);
            assertThat(second.step("agg_state_quarter").rowsWritten()).isEqualTo(2);
            assertThat(second.step("agg_national_quarter").rowsWritten()).isEqualTo(1);
            assertThat(second.rowsSuperseded()).isEqualTo(0);
            assertThat(fixture.count("select count(*) from silver.superseded_rows")).isEqualTo(3);
            assertThat(fixture.count("select count(*) from gold.data_health where conserved")).isEqualTo(4);
            assertThat(fixture.count("select mds_census from silver.pbj_daily where ccn = '415002' "
                    + "and work_date = date '2023-04-03'")).isEqualTo(54);
        }
    }

    @Test
    void aRunRepublishes_theFacilityDaysOfOnlyTheQuartersWhoseDaysItChanged() throws Exception {
        try (PipelineFixture fixture = new PipelineFixture(dir)) {
            fixture.sample("Payroll_Based_Journal_Daily_Nurse_Staffing_2023_Q2.csv")
                    .sample("ProviderInfo_2023_11_RI_excerpt.csv");
            fixture.run();
            assertThat(dailyQuartersRewritten(fixture)).containsExactly("2023Q2");

            // Provider Info alone changes measures and aggregates, never a facility day.
            fixture.sample("ProviderInfo_2023_11_WV_excerpt.csv");
            RunReport providerInfoOnly = fixture.run();
            assertThat(providerInfoOnly.step("fct_facility_quarter").rowsWritten()).isPositive();
            assertThat(dailyQuartersRewritten(fixture)).isEmpty();

            fixture.file("correction.csv", new Pbj().row("415002", "RI", "20230401", "55", "40", "22.96", "93.5").build(),
                    Instant.parse("2024-06-01T00:00:00Z"));
            fixture.run();
            assertThat(dailyQuartersRewritten(fixture)).containsExactly("2023Q2");
            assertThat(fixture.lakehouse().publisher().publishedQuarters()).containsExactly("2023Q2");
        }
    }

    private static List<String> dailyQuartersRewritten(PipelineFixture fixture) throws IOException {
        JsonNode marker = new ObjectMapper()
                .readTree(fixture.lakehouse().publisher().root().resolve(GoldPublisher.MARKER).toFile());
        List<String> quarters = new ArrayList<>();
        marker.path("daily_quarters_rewritten").forEach(quarter -> quarters.add(quarter.asText()));
        return quarters;
    }
}
