package org.nhlakehouse.localrun.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.pipeline.PipelineListener;
import org.nhlakehouse.local.GoldPublisher;
import org.nhlakehouse.localrun.testing.PipelineFixture;

/** Publishing is part of what a rerun completes: a run killed after processing its files but before publishing. */
class PublishRecoveryTest {

    @TempDir
    Path dir;

    /** Stands for the process dying once the state machine finished, before Gold was published. */
    private static final class KilledBeforePublishing implements PipelineListener {
        @Override
        public void message(String text) {
            if (text.startsWith("Overhead")) {
                throw new IllegalStateException("killed (injected) before publishing");
            }
        }
    }

    private long published(PipelineFixture fixture, String relation) {
        Path file = fixture.lakehouse().publisher().root().resolve(relation.replace('.', '/') + ".parquet");
        return fixture.count("select count(*) from read_parquet(?)", file.toString());
    }

    @Test
    void aRunKilledBeforePublishing_isPublishedByTheNextRun_evenWithNothingNew() throws Exception {
        try (PipelineFixture fixture = new PipelineFixture(dir)) {
            fixture.sample("PBJ_Daily_Nurse_Staffing_Q2_2024.csv", Instant.parse("2024-09-01T00:00:00Z")).run();
            long firstQuarters = published(fixture, "gold.fct_facility_quarter");

            fixture.sample("Payroll_Based_Journal_Daily_Nurse_Staffing_2023_Q2.csv");
            fixture.lakehouse().ingest(dir.resolve("input"));
            assertThatThrownBy(() -> fixture.lakehouse().run("killed", new KilledBeforePublishing()))
                    .hasMessageContaining("killed");
            long inWarehouse = fixture.count("select count(*) from gold.fct_facility_quarter");
            assertThat(inWarehouse).isGreaterThan(firstQuarters);
            assertThat(published(fixture, "gold.fct_facility_quarter")).as("stale until a rerun").isEqualTo(firstQuarters);
            assertThat(fixture.lakehouse().publisher().root().resolve(GoldPublisher.PENDING)).exists();

            fixture.lakehouse().run("rerun", PipelineListener.NONE);

            assertThat(published(fixture, "gold.fct_facility_quarter")).isEqualTo(inWarehouse);
            assertThat(fixture.count("select count(*) from read_parquet(?)", fixture.lakehouse().publisher().root()
                    .resolve("gold/fct_facility_day/quarter=2023Q2/data.parquet").toString()))
                    .isEqualTo(fixture.count("select count(*) from gold.fct_facility_day where quarter = '2023Q2'"));
            assertThat(fixture.lakehouse().publisher().root().resolve(GoldPublisher.PENDING)).doesNotExist();
        }
    }
}
