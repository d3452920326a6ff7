package org.nhlakehouse.dashboard.occupancy;

import java.util.List;

import org.nhlakehouse.dashboard.view.Column;
import org.nhlakehouse.dashboard.view.Columns;
import org.nhlakehouse.dashboard.view.Format;
import org.nhlakehouse.dashboard.view.PageTable;

/** The Bed utilization page's tables. */
public enum OccupancyTable implements PageTable.Choice {
    DISTRIBUTION("Facilities by occupancy", List.of(
            Column.of("occupancy_from", "Occupancy from", Format.PERCENT),
            Column.of("occupancy_below", "below", Format.PERCENT),
            Columns.FACILITIES)),
    STATES("States by occupancy", List.of(
            Columns.RANK,
            Columns.STATE,
            Column.of("occupancy", "Occupancy (weighted)", Format.PERCENT),
            Column.of("facility_median", "Facility median", Format.PERCENT),
            Column.of("residents_on_known_beds", "Residents", Format.DECIMAL1),
            Columns.CERTIFIED_BEDS,
            Columns.FACILITIES)),
    FACILITIES("Facilities by occupancy", List.of(
            Columns.RANK,
            Columns.CCN,
            Columns.NAME,
            Columns.STATE,
            Columns.OWNERSHIP,
            Columns.CERTIFIED_BEDS,
            Columns.AVG_RESIDENTS,
            Columns.OCCUPANCY,
            Columns.TOTAL_HPRD));

    private final PageTable table;

    OccupancyTable(String caption, List<Column> columns) {
        this.table = new PageTable(caption, columns);
    }

    @Override
    public PageTable table() {
        return table;
    }
}
