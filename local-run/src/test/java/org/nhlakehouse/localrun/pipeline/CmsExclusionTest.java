package org.nhlakehouse.localrun.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.localrun.testing.PipelineFixture;
import org.nhlakehouse.localrun.testing.PipelineFixture.Pbj;

/**
 * CMS's Technical Users' Guide excludes facility-quarters with total nurse HPRD over 12 or nurse aide HPRD over 5.25
 * from staffing measures: they are kept and flagged on the facility, and left out of state, national and peer figures.
 */
class CmsExclusionTest {

    @TempDir
    Path dir;

    @Test
    void anAbsurdFacilityQuarter_isFlagged_andCountsInNoAggregateOrPercentile() throws Exception {
        try (PipelineFixture fixture = new PipelineFixture(dir)) {
            fixture.file("pbj.csv", new Pbj()
                    .row("415001", "RI", "20240401", "40", "20", "30", "100")
                    .row("415001", "RI", "20240402", "40", "22", "30", "100")
                    .row("415002", "RI", "20240401", "50", "30", "40", "120")
                    .row("415002", "RI", "20240402", "50", "30", "40", "120")
                    // 99,999,999 RN hours in a day: well-formed, and absurd.
                    .row("415099", "RI", "20240401", "60", "99999999", "40", "120")
                    .row("415099", "RI", "20240402", "60", "30", "40", "120")
                    // Aide HPRD 6: total 7.5 is plausible, the aide hours are not.
                    .row("415098", "RI", "20240401", "10", "5", "10", "60")
                    .row("415098", "RI", "20240402", "10", "5", "10", "60")
                    .build(), Instant.parse("2024-09-01T00:00:00Z")).run();

            assertThat(fixture.query("select ccn, cms_exclusion from gold.fct_facility_quarter order by ccn"))
                    .extracting(r -> r.get("ccn") + "=" + r.get("cms_exclusion"))
                    .containsExactly("415001=null", "415002=null", "415098=aide_hprd_over_5_25",
                            "415099=total_hprd_over_12");
            Map<String, Object> state = fixture.query("select facilities, total_hprd, resident_days from"
                    + " gold.agg_state_quarter where state = 'RI'").getFirst();
            assertThat(state.get("facilities")).isEqualTo(2L);
            double expected = (20 + 30 + 100 + 22 + 30 + 100 + 2 * (30 + 40 + 120)) / (2.0 * 40 + 2 * 50);
            assertThat((Double) state.get("total_hprd")).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-12));
            assertThat(fixture.query("select facilities from gold.agg_national_quarter").getFirst().get("facilities"))
                    .isEqualTo(2L);
            assertThat(fixture.query("select distinct facilities from gold.agg_peer_distribution where metric ="
                    + " 'total_hprd'")).isEqualTo(List.of(Map.of("facilities", 2L)));
        }
    }
}
