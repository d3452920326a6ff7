package org.nhlakehouse.dashboard.web;

public enum SortDirection implements Choice {
    ASC("asc", "ascending"),
    DESC("desc", "descending");

    private final String param;
    private final String label;

    SortDirection(String param, String label) {
        this.param = param;
        this.label = label;
    }

    @Override
    public String param() {
        return param;
    }

    @Override
    public String label() {
        return label;
    }

    /** The SQL keyword, rendered as a checked identifier. */
    public String sql() {
        return param;
    }
}
