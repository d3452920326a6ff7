package org.nhlakehouse.localrun.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.localrun.testing.PipelineFixture;
import org.nhlakehouse.localrun.testing.PipelineFixture.Pbj;

/**
 * A state-quarter whose only facility a later file moves to another state is deleted in the same MERGE that writes
 * the new state's row (agg_state_quarter unions the quarters to delete as their own Gold rows).
 */
class StateAggregateMoveTest {

    @TempDir
    Path dir;

    @Test
    void aStateQuarterLeftWithoutFacilities_isDeleted_andItsFacilityCountsInItsNewState() throws Exception {
        try (PipelineFixture fixture = new PipelineFixture(dir)) {
            fixture.file("first.csv", new Pbj().row("015009", "AL", "20230401", "50", "40", "20", "100")
                    .row("015009", "AL", "20230402", "50", "40", "20", "100").build(), Instant.parse("2024-01-01T00:00:00Z"));
            fixture.run();
            assertThat(states(fixture)).containsExactly("AL|2023Q2|1|100");

            // A later file for the same days says the facility is in Alaska: it supersedes both rows.
            fixture.file("corrected.csv", new Pbj().row("015009", "AK", "20230401", "50", "40", "20", "100")
                    .row("015009", "AK", "20230402", "50", "40", "20", "100").build(), Instant.parse("2024-06-01T00:00:00Z"));
            fixture.run();

            assertThat(states(fixture)).containsExactly("AK|2023Q2|1|100");
            assertThat(fixture.count("select count(*) from gold.agg_national_quarter where quarter = '2023Q2'"
                    + " and facilities = 1 and resident_days = 100")).isEqualTo(1);
        }
    }

    private static List<String> states(PipelineFixture fixture) {
        return fixture.query("select state, quarter, facilities, resident_days from gold.agg_state_quarter"
                + " order by state").stream()
                .map(r -> r.get("state") + "|" + r.get("quarter") + "|" + r.get("facilities") + "|" + r.get("resident_days"))
                .toList();
    }
}
