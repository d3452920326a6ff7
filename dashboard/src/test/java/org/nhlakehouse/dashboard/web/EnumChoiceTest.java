package org.nhlakehouse.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.dashboard.compare.CompareMetric;
import org.nhlakehouse.dashboard.facility.FacilityTables;
import org.nhlakehouse.dashboard.health.HealthTable;
import org.nhlakehouse.dashboard.mix.MixTable;
import org.nhlakehouse.dashboard.occupancy.OccupancyTable;
import org.nhlakehouse.dashboard.quality.QualityMetric;
import org.nhlakehouse.dashboard.quality.Rating;
import org.nhlakehouse.dashboard.scatter.ScatterColor;
import org.nhlakehouse.dashboard.states.StateTable;
import org.nhlakehouse.dashboard.states.StatesTable;

/**
 * The URL values, labels and columns of the allow-lists are a contract (links, bookmarks, scripts): declared once, they
 * must still be exactly what they were when each enum spelled them out.
 */
class EnumChoiceTest {

    @Test
    void urlValues_areTheDocumentedOnes() {
        assertThat(params(FacilityTables.values())).containsExactly("days", "quarters", "mix", "peers", "headlines");
        assertThat(params(HealthTable.values())).containsExactly("files", "reasons", "excluded", "runs");
        assertThat(params(OccupancyTable.values())).containsExactly("distribution", "states", "facilities");
        assertThat(params(MixTable.values())).containsExactly("states", "trend");
        assertThat(params(StateTable.values())).containsExactly("facilities", "trend");
        assertThat(params(StatesTable.values())).containsExactly("states", "benchmarks", "contract");
        assertThat(params(Rating.values())).containsExactly("overall", "staffing", "health", "qm");
        assertThat(params(ScatterColor.values())).containsExactly("ownership", "overall", "staffing");
        assertThat(params(QualityMetric.values())).containsExactly("total_hprd", "rn_hprd", "aide_hprd",
                "weekend_total_hprd");
        assertThat(params(SortDirection.values())).containsExactly("asc", "desc");
        assertThat(params(CompareMetric.values())).containsExactly("total_hprd", "rn_hprd", "aide_hprd",
                "weekend_total_hprd", "total_contract_share");
    }

    @Test
    void columnsAndLabels_areTheOnesTheQueriesAndPagesUse() {
        assertThat(Arrays.stream(Rating.values()).map(Rating::column)).containsExactly("overall_rating",
                "staffing_rating", "health_inspection_rating", "qm_rating");
        assertThat(Arrays.stream(ScatterColor.values()).map(ScatterColor::column)).containsExactly("ownership_group",
                "overall_rating", "staffing_rating");
        assertThat(Arrays.stream(ScatterColor.values()).map(ScatterColor::label)).containsExactly("Ownership",
                "Overall rating", "Staffing rating");
        assertThat(Arrays.stream(QualityMetric.values()).map(QualityMetric::label)).containsExactly(
                "Total nurse HPRD", "RN HPRD", "Nurse aide HPRD", "Weekend total HPRD");
        assertThat(Arrays.stream(CompareMetric.values()).map(CompareMetric::label)).containsExactly(
                "Total nurse HPRD", "RN HPRD", "Nurse aide HPRD", "Weekend total HPRD", "Contract share of hours");
        assertThat(HealthTable.FILES.label()).isEqualTo("Input files: rows in = kept + rejected + superseded");
        assertThat(StatesTable.CONTRACT.label()).isEqualTo("Contract-staff reliance");
        assertThat(SortDirection.DESC.label()).isEqualTo("descending");
        assertThat(SortDirection.DESC.sql()).isEqualTo("desc");
    }

    private static String[] params(Choice[] choices) {
        return Arrays.stream(choices).map(Choice::param).toArray(String[]::new);
    }
}
