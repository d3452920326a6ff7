package org.nhlakehouse.dashboard.view;

import java.util.List;

/** The pages in the menu. */
public enum Nav {
    OVERVIEW("/", "Overview"),
    FACILITIES("/facilities", "Facilities"),
    COMPARE("/compare", "Compare"),
    STATES("/states", "States"),
    MIX("/mix", "Staffing mix"),
    OCCUPANCY("/occupancy", "Bed utilization"),
    SCATTER("/scatter", "Staffing vs occupancy"),
    QUALITY("/quality", "Quality"),
    HEALTH("/health", "Data health"),
    METRICS("/metrics", "Metrics");

    private final String path;
    private final String label;

    Nav(String path, String label) {
        this.path = path;
        this.label = label;
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    public static List<Nav> all() {
        return List.of(values());
    }
}
