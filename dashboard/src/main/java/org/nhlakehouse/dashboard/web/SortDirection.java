package org.nhlakehouse.dashboard.web;

/** A sort order (the allow-list behind {@code dir=}): {@code asc} or {@code desc}. */
public enum SortDirection implements EnumChoice {
    ASC,
    DESC;

    @Override
    public String label() {
        return this == ASC ? "ascending" : "descending";
    }

    /** The SQL keyword, rendered as a checked identifier. */
    public String sql() {
        return param();
    }
}
