package org.nhlakehouse.dashboard.occupancy;

import java.util.List;

import org.nhlakehouse.dashboard.view.Column;
import org.nhlakehouse.dashboard.view.Format;
import org.nhlakehouse.dashboard.view.PageTable;

/** The Bed utilization page's tables. */
public enum OccupancyTable implements PageTable.Choice {
    DISTRIBUTION("Facilities by occupancy", List.of(
            Column.of("occupancy_from", "Occupancy from", Format.PERCENT),
            Column.of("occupancy_below", "below", Format.PERCENT),
            Column.of("facilities", "Facilities", Format.INTEGER))),
    STATES("States by occupancy", List.of(
            Column.of("rank", "Rank", Format.INTEGER),
            Column.of("state", "State", Format.TEXT),
            Column.of("occupancy", "Occupancy (weighted)", Format.PERCENT),
            Column.of("facility_median", "Facility median", Format.PERCENT),
            Column.of("residents_on_known_beds", "Residents", Format.DECIMAL1),
            Column.of("certified_beds", "Certified beds", Format.INTEGER),
            Column.of("facilities", "Facilities", Format.INTEGER))),
    FACILITIES("Facilities by occupancy", List.of(
            Column.of("rank", "Rank", Format.INTEGER),
            Column.of("ccn", "CCN", Format.FACILITY),
            Column.of("provider_name", "Name", Format.TEXT),
            Column.of("state", "State", Format.TEXT),
            Column.of("ownership_group", "Ownership", Format.TEXT),
            Column.of("certified_beds", "Certified beds", Format.INTEGER),
            Column.of("avg_residents", "Avg residents", Format.DECIMAL1),
            Column.of("occupancy", "Occupancy", Format.PERCENT),
            Column.of("total_hprd", "Total HPRD", Format.HPRD)));

    private final PageTable table;

    OccupancyTable(String caption, List<Column> columns) {
        this.table = new PageTable(caption, columns);
    }

    @Override
    public PageTable table() {
        return table;
    }
}
