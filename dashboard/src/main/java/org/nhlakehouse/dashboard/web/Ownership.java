package org.nhlakehouse.dashboard.web;

/** Ownership groups of {@code dim_facility.ownership_group}. */
public enum Ownership implements Choice {
    FOR_PROFIT("for-profit", "For profit"),
    NON_PROFIT("non-profit", "Non profit"),
    GOVERNMENT("government", "Government"),
    UNKNOWN("unknown", "Unknown");

    private final String param;
    private final String label;

    Ownership(String param, String label) {
        this.param = param;
        this.label = label;
    }

    @Override
    public String param() {
        return param;
    }

    /** Also the value in Gold. */
    @Override
    public String label() {
        return label;
    }
}
