package org.nhlakehouse.dashboard.facility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.dashboard.facility.FacilityHeadlines.Group;

class FacilityHeadlinesTest {

    static final Group NY = new Group("", " in NY");

    @Test
    void rankSaysTheLargerShareInWords() {
        assertThat(FacilityHeadlines.rank(0.34, 100, 10, 82, NY)).isEqualTo("lower than 82% of the 100 facilities in NY");
        assertThat(FacilityHeadlines.rank(4.1, 1_250, 1_000, 249, FacilityHeadlines.peerGroup("For profit", "100-149")))
                .isEqualTo("higher than 80% of the 1,250 for-profit facilities with 100-149 beds");
        assertThat(FacilityHeadlines.rank(3.0, 10, 0, 0, NY)).isEqualTo("higher than 0% of the 10 facilities in NY");
    }

    @Test
    void aGroupUnderTenIsNotRanked_andAMissingValueIsSaid() {
        assertThat(FacilityHeadlines.rank(0.5, 9, 8, 0, NY)).isEqualTo(
                "too few to rank against: 9 facilities in NY (at least 10 needed)");
        assertThat(FacilityHeadlines.rank(0.5, 1, 0, 0, FacilityHeadlines.peerGroup("Unknown", "Unknown")))
                .isEqualTo("too few to rank against: 1 facility of unknown ownership of unknown size (at least 10 "
                        + "needed)");
        assertThat(FacilityHeadlines.rank(null, 50, 0, 0, NY)).isEqualTo("not reported this quarter");
    }

    @Test
    void sharesAreShownAsPercentages() {
        assertThat(FacilityHeadlines.format("total_contract_share")).isEqualTo(org.nhlakehouse.dashboard.view.Format.PERCENT);
        assertThat(FacilityHeadlines.format("rn_hprd")).isEqualTo(org.nhlakehouse.dashboard.view.Format.HPRD);
    }
}
