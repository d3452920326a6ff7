package org.nhlakehouse.dashboard.quality;

import org.nhlakehouse.dashboard.web.Choice;

/** Staffing metrics compared across ratings (the allow-list behind {@code metric=}): fct_facility_quarter columns. */
public enum QualityMetric implements Choice {
    TOTAL_HPRD("total_hprd", "Total nurse HPRD"),
    RN_HPRD("rn_hprd", "RN HPRD"),
    AIDE_HPRD("aide_hprd", "Nurse aide HPRD"),
    WEEKEND_TOTAL_HPRD("weekend_total_hprd", "Weekend total HPRD");

    private final String column;
    private final String label;

    QualityMetric(String column, String label) {
        this.column = column;
        this.label = label;
    }

    @Override
    public String param() {
        return column;
    }

    @Override
    public String label() {
        return label;
    }

    public String column() {
        return column;
    }
}
