package org.nhlakehouse.dashboard.scatter;

import org.nhlakehouse.dashboard.web.Choice;

/** What colours the points (the allow-list behind {@code color=}): a column of the scatter query. */
public enum ScatterColor implements Choice {
    OWNERSHIP("ownership", "Ownership", "ownership_group"),
    OVERALL("overall", "Overall rating", "overall_rating"),
    STAFFING("staffing", "Staffing rating", "staffing_rating");

    private final String param;
    private final String label;
    private final String column;

    ScatterColor(String param, String label, String column) {
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
