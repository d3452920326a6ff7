package org.nhlakehouse.dashboard.facility;

import java.util.List;

import org.nhlakehouse.dashboard.query.ViewQuery;
import org.nhlakehouse.dashboard.view.Column;
import org.nhlakehouse.dashboard.view.Columns;
import org.nhlakehouse.dashboard.view.Format;
import org.nhlakehouse.dashboard.view.PageTable;

/** The facility page's tables: each one's query and columns, shared by the page and its CSV export. */
public enum FacilityTables implements PageTable.Choice {
    DAYS("Days of the quarter", List.of(
            Column.of("work_date", "Date", Format.DATE),
            Column.of("is_weekend", "Weekend", Format.BOOLEAN),
            Column.of("mds_census", "Residents", Format.INTEGER),
            Column.of("total_hours", "Total hours", Format.DECIMAL1),
            Column.of("rn_hours", "RN hours", Format.DECIMAL1),
            Columns.TOTAL_HPRD,
            Columns.RN_HPRD,
            Column.of("is_zero_rn_day", "Zero-RN day", Format.BOOLEAN))),
    QUARTERS("Every loaded quarter", List.of(
            Columns.QUARTER,
            Column.of("days_reported", "Days", Format.INTEGER),
            Columns.AVG_RESIDENTS,
            Columns.TOTAL_HPRD,
            Columns.RN_HPRD,
            Column.of("lpn_hprd", "LPN HPRD", Format.HPRD),
            Columns.AIDE_HPRD,
            Columns.WEEKEND_HPRD,
            Columns.CONTRACT_SHARE,
            Columns.ZERO_RN_DAYS,
            Columns.OCCUPANCY,
            Column.of("casemix_total_hprd", "Case-mix total HPRD", Format.HPRD))),
    MIX("Employee vs contract hours by role", List.of(
            Column.of("role", "Role", Format.TEXT),
            Column.of("hours", "Hours", Format.INTEGER),
            Column.of("employee_hours", "Employee hours", Format.INTEGER),
            Column.of("contract_hours", "Contract hours", Format.INTEGER),
            Column.of("contract_share", "Contract share", Format.PERCENT))),
    PEERS("Peer percentiles", List.of(
            Column.of("metric", "Metric", Format.TEXT),
            Column.of("peer_type", "Peer group", Format.TEXT),
            Column.of("peer_group", "Group", Format.TEXT),
            Column.of("facility_value", "This facility", Format.RATIO),
            Columns.FACILITIES,
            Column.of("p10", "p10", Format.RATIO),
            Column.of("p25", "p25", Format.RATIO),
            Column.of("p50", "Median", Format.RATIO),
            Column.of("p75", "p75", Format.RATIO),
            Column.of("p90", "p90", Format.RATIO),
            Column.of("position", "Where it falls", Format.TEXT))),
    /**
     * The top of the page as data: each headline measure beside its state's and the pooled value, with the counts its
     * ranks in words are made of (the pooled value is the nation's when the quarter is national).
     */
    HEADLINES("Headline measures against the state, all reporting facilities and the peer group", List.of(
            Column.of("metric", "Measure", Format.TEXT),
            Column.of("facility_value", "This facility", Format.RATIO),
            Column.of("state_value", "State value", Format.RATIO),
            Column.of("national_value", "All reporting facilities", Format.RATIO),
            Columns.STATE,
            Column.of("bed_size_band", "Beds", Format.TEXT),
            Columns.OWNERSHIP,
            Column.of("state_facilities", "State facilities ranked", Format.INTEGER),
            Column.of("state_lower", "State facilities lower", Format.INTEGER),
            Column.of("state_higher", "State facilities higher", Format.INTEGER),
            Column.of("peer_facilities", "Peers ranked", Format.INTEGER),
            Column.of("peer_lower", "Peers lower", Format.INTEGER),
            Column.of("peer_higher", "Peers higher", Format.INTEGER)));

    private final PageTable table;

    FacilityTables(String caption, List<Column> columns) {
        this.table = new PageTable(caption, columns);
    }

    @Override
    public PageTable table() {
        return table;
    }

    public ViewQuery query(String ccn, String quarter) {
        return switch (this) {
            case DAYS -> ViewQuery.of("facility_days").with("quarter", quarter).with("ccn", ccn);
            case QUARTERS -> ViewQuery.of("facility_trend").with("ccn", ccn);
            case MIX -> ViewQuery.of("facility_mix").with("ccn", ccn).with("quarter", quarter);
            case PEERS -> ViewQuery.of("facility_peers").with("ccn", ccn).with("quarter", quarter);
            case HEADLINES -> ViewQuery.of("facility_standing").with("ccn", ccn).with("quarter", quarter);
        };
    }
}
