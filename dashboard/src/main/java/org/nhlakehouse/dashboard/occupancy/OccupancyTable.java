package org.nhlakehouse.dashboard.occupancy;

import java.util.List;

import org.nhlakehouse.dashboard.view.Column;
import org.nhlakehouse.dashboard.view.Format;
import org.nhlakehouse.dashboard.web.Choice;

/** The Bed utilization page's tables. */
public enum OccupancyTable implements Choice {
    DISTRIBUTION("distribution", "Facilities by occupancy", List.of(
            Column.of("occupancy_from", "Occupancy from", Format.PERCENT),
            Column.of("occupancy_below", "below", Format.PERCENT),
            Column.of("facilities", "Facilities", Format.INTEGER))),
    STATES("states", "States by occupancy", List.of(
            Column.of("rank", "Rank", Format.INTEGER),
            Column.of("state", "State", Format.TEXT),
            Column.of("occupancy", "Occupancy (weighted)", Format.PERCENT),
            Column.of("facility_median", "Facility median", Format.PERCENT),
            Column.of("residents_on_known_beds", "Residents", Format.DECIMAL1),
            Column.of("certified_beds", "Certified beds", Format.INTEGER),
            Column.of("facilities", "Facilities", Format.INTEGER))),
    FACILITIES("facilities", "Facilities by occupancy", List.of(
            Column.of("rank", "Rank", Format.INTEGER),
            Column.of("ccn", "CCN", Format.FACILITY),
            Column.of("provider_name", "Name", Format.TEXT),
            Column.of("state", "State", Format.TEXT),
            Column.of("ownership_group", "Ownership", Format.TEXT),
            Column.of("certified_beds", "Certified beds", Format.INTEGER),
            Column.of("avg_residents", "Avg residents", Format.DECIMAL1),
            Column.of("occupancy", "Occupancy", Format.PERCENT),
            Column.of("total_hprd", "Total HPRD", Format.HPRD)));

    private final String param;
    private final String label;
    private final List<Column> columns;

    OccupancyTable(String param, String label, List<Column> columns) {
        this.param = param;
        this.label = label;
        this.columns = columns;
    }

    @Override
    public String param() {
        return param;
    }

    @Override
    public String label() {
        return label;
    }

    public List<Column> columns() {
        return columns;
    }
}
