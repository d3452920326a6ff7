package org.nhlakehouse.dashboard.quality;

import org.nhlakehouse.dashboard.web.Choice;

/** CMS star ratings of {@code dim_facility} (the allow-list behind {@code rating=}). */
public enum Rating implements Choice {
    OVERALL("overall", "Overall rating", "overall_rating"),
    STAFFING("staffing", "Staffing rating", "staffing_rating"),
    HEALTH("health", "Health inspection rating", "health_inspection_rating"),
    QM("qm", "Quality measure rating", "qm_rating");

    private final String param;
    private final String label;
    private final String column;

    Rating(String param, String label, String column) {
        this.param = param;
        this.label = label;
        this.column = column;
    }

    @Override
    public String param() {
        return param;
    }

    @Override
    public String label() {
        return label;
    }

    public String column() {
        return column;
    }
}
