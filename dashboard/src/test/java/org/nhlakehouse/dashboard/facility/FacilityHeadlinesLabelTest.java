package org.nhlakehouse.dashboard.facility;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The headline measures are named as the state pages name the same metrics. */
class FacilityHeadlinesLabelTest {

    @Test
    void eachHeadlineMeasure_hasItsPageLabel() {
        assertThat(FacilityHeadlines.label("total_hprd")).isEqualTo("Total nurse HPRD");
        assertThat(FacilityHeadlines.label("rn_hprd")).isEqualTo("RN HPRD");
        assertThat(FacilityHeadlines.label("aide_hprd")).isEqualTo("Nurse aide HPRD");
        assertThat(FacilityHeadlines.label("weekend_total_hprd")).isEqualTo("Weekend total HPRD");
        assertThat(FacilityHeadlines.label("total_contract_share")).isEqualTo("Contract share of hours");
        assertThat(FacilityHeadlines.label("daily_total_hprd_cv")).isEqualTo("Day-to-day variation (CV)");
        assertThat(FacilityHeadlines.label("occupancy")).isEqualTo("Occupancy");
        assertThat(FacilityHeadlines.label("something_new")).isEqualTo("something_new");
    }
}
