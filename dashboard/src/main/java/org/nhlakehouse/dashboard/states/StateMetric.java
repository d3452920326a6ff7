package org.nhlakehouse.dashboard.states;

import org.nhlakehouse.dashboard.view.Charts.ValueFormat;
import org.nhlakehouse.dashboard.view.Format;
import org.nhlakehouse.dashboard.web.Choice;

/**
 * Metrics states are ranked by (the allow-list behind {@code metric=}): the {@code agg_state_quarter} column of the
 * state's weighted value and the {@code agg_peer_distribution} metric of its facilities' distribution.
 */
public enum StateMetric implements Choice {
    TOTAL_HPRD("total_hprd", "total_hprd", "Total nurse HPRD", Format.HPRD),
    RN_HPRD("rn_hprd", "rn_hprd", "RN HPRD", Format.HPRD),
    LPN_HPRD("lpn_hprd", "lpn_hprd", "LPN HPRD", Format.HPRD),
    AIDE_HPRD("aide_hprd", "aide_hprd", "Nurse aide HPRD", Format.HPRD),
    WEEKEND_TOTAL_HPRD("weekend_total_hprd", "weekend_total_hprd", "Weekend total HPRD", Format.HPRD),
    TOTAL_DIRECT_HPRD("total_direct_hprd", "total_direct_hprd", "Direct-care total HPRD", Format.HPRD),
    CONTRACT_SHARE("contract_share", "total_contract_share", "Contract share of hours", Format.PERCENT),
    OCCUPANCY("occupancy", "occupancy", "Occupancy", Format.PERCENT);

    private final String column;
    private final String peerMetric;
    private final String label;
    private final Format format;

    StateMetric(String column, String peerMetric, String label, Format format) {
        this.column = column;
        this.peerMetric = peerMetric;
        this.label = label;
        this.format = format;
    }

    @Override
    public String param() {
        return column;
    }

    @Override
    public String label() {
        return label;
    }

    /** The state and national aggregate column, rendered into the query as a checked identifier. */
    public String column() {
        return column;
    }

    public String peerMetric() {
        return peerMetric;
    }

    public Format format() {
        return format;
    }

    public ValueFormat chartFormat() {
        return format == Format.PERCENT ? ValueFormat.PERCENT : ValueFormat.HPRD;
    }

    /** The metric whose facility-level column ({@link #peerMetric()}) is {@code column}, if any. */
    public static java.util.Optional<StateMetric> byPeerMetric(String column) {
        return java.util.Arrays.stream(values()).filter(m -> m.peerMetric.equals(column)).findFirst();
    }

    public String unit() {
        return format == Format.PERCENT ? "Percent" : "Hours per resident per day";
    }
}
