package org.nhlakehouse.dashboard.states;

import java.util.List;
import java.util.Locale;

import org.nhlakehouse.dashboard.query.ViewQuery;
import org.nhlakehouse.dashboard.view.Column;
import org.nhlakehouse.dashboard.view.Columns;
import org.nhlakehouse.dashboard.view.Format;
import org.nhlakehouse.dashboard.web.EnumChoice;

/** A state page's tables (the allow-list behind {@code table=} of its export). */
public enum StateTable implements EnumChoice {
    FACILITIES,
    TREND;

    @Override
    public String label() {
        return this == FACILITIES ? "Facilities ranked" : "Over time";
    }

    /**
     * The table's columns; {@code pool} names the pooled value beside the state's in the trend ("National", or "All
     * reporting facilities" when a loaded quarter is not national: {@code Quarters.trendPoolLabel}).
     */
    public List<Column> columns(StateMetric metric, String pool) {
        return switch (this) {
            case FACILITIES -> List.of(
                    Columns.RANK,
                    Columns.CCN,
                    Columns.NAME,
                    Columns.OWNERSHIP,
                    Column.of("bed_size_band", "Beds", Format.TEXT),
                    Column.of("avg_residents", "Residents per day", Format.DECIMAL1),
                    Column.of("value", metric.label(), metric.format()).withMeasure(metric.column()));
            case TREND -> List.of(
                    Columns.QUARTER,
                    Column.of("state_value", metric.label() + " (state)", metric.format()).withMeasure(metric.column()),
                    Column.of("national_value", metric.label() + " (" + pool.toLowerCase(Locale.ROOT) + ")", metric.format())
                            .withMeasure(metric.column()),
                    Columns.FACILITIES);
        };
    }

    public ViewQuery query(String state, String quarter, StateMetric metric) {
        return switch (this) {
            case FACILITIES -> ViewQuery.of("state_facilities").with("quarter", quarter).with("state", state)
                    .withIdentifier("metric", metric.peerMetric());
            case TREND -> ViewQuery.of("state_trend").with("state", state).withIdentifier("metric", metric.column());
        };
    }
}
