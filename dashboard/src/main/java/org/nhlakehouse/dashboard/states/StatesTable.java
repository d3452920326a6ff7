package org.nhlakehouse.dashboard.states;

import java.util.List;

import org.nhlakehouse.dashboard.query.ViewQuery;
import org.nhlakehouse.dashboard.view.Column;
import org.nhlakehouse.dashboard.view.Columns;
import org.nhlakehouse.dashboard.view.Format;
import org.nhlakehouse.dashboard.web.EnumChoice;

/** The States page's tables (the allow-list behind {@code table=} of its export). */
public enum StatesTable implements EnumChoice {
    STATES,
    BENCHMARKS,
    CONTRACT;

    /** How many facilities the contract-reliance ranking lists. */
    static final int TOP_CONTRACT = 25;

    @Override
    public String label() {
        return switch (this) {
            case STATES -> "States by the metric";
            case BENCHMARKS -> "Facilities below the benchmarks";
            case CONTRACT -> "Contract-staff reliance";
        };
    }

    public List<Column> columns(StateMetric metric) {
        return switch (this) {
            case STATES -> List.of(
                    Columns.RANK,
                    Columns.STATE_LINKED,
                    Column.of("value", metric.label() + " (state)", metric.format()).withMeasure(metric.column()),
                    Columns.FACILITIES,
                    Column.of("facility_median", "Facility median", metric.format()).withMeasure(metric.column()),
                    Column.of("facility_p10", "Facility p10", metric.format()).withMeasure(metric.column()),
                    Column.of("facility_p90", "Facility p90", metric.format()).withMeasure(metric.column()));
            case BENCHMARKS -> List.of(
                    Columns.RANK,
                    Columns.STATE_LINKED,
                    Columns.FACILITIES,
                    Column.of("below_total_348_share", "Below 3.48 total (benchmark)", Format.PERCENT),
                    Column.of("below_rn_055_share", "Below 0.55 RN (benchmark)", Format.PERCENT),
                    Column.of("below_aide_245_share", "Below 2.45 aide (benchmark)", Format.PERCENT),
                    Column.of("facilities_with_direct_care", "Facilities with direct-care HPRD", Format.INTEGER),
                    Column.of("below_casemix_total_share", "Below case-mix total", Format.PERCENT),
                    Column.of("facilities_with_casemix", "Facilities with case-mix", Format.INTEGER));
            case CONTRACT -> List.of(
                    Columns.RANK,
                    Columns.CCN,
                    Columns.NAME,
                    Columns.STATE_LINKED,
                    Column.of("total_contract_share", "Contract share, all nurse staff", Format.PERCENT),
                    Column.of("rn_contract_share", "Contract share, RN", Format.PERCENT),
                    Column.of("aide_contract_share", "Contract share, aide", Format.PERCENT),
                    Columns.TOTAL_HPRD);
        };
    }

    public ViewQuery query(String quarter, StateMetric metric) {
        return switch (this) {
            case STATES -> ViewQuery.of("state_ranking").with("quarter", quarter).with("peer_metric", metric.peerMetric())
                    .withIdentifier("metric", metric.column());
            case BENCHMARKS -> ViewQuery.of("state_benchmarks").with("quarter", quarter);
            case CONTRACT -> ViewQuery.of("top_contract").with("quarter", quarter).withLiteral("limit", TOP_CONTRACT);
        };
    }
}
