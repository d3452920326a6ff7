package org.nhlakehouse.dashboard.compare;

import org.nhlakehouse.dashboard.states.StateMetric;
import org.nhlakehouse.dashboard.view.Charts.ValueFormat;
import org.nhlakehouse.dashboard.web.Choice;

/**
 * The measure the compare chart draws (the allow-list behind {@code metric=}); the table shows them all. Each is a
 * {@link StateMetric}, drawn from its facility-level column (its peer metric), which is also its URL value.
 */
public enum CompareMetric implements Choice {
    TOTAL_HPRD(StateMetric.TOTAL_HPRD),
    RN_HPRD(StateMetric.RN_HPRD),
    AIDE_HPRD(StateMetric.AIDE_HPRD),
    WEEKEND_TOTAL_HPRD(StateMetric.WEEKEND_TOTAL_HPRD),
    CONTRACT_SHARE(StateMetric.CONTRACT_SHARE);

    private final StateMetric metric;

    CompareMetric(StateMetric metric) {
        this.metric = metric;
    }

    @Override
    public String param() {
        return metric.peerMetric();
    }

    @Override
    public String label() {
        return metric.label();
    }

    public ValueFormat format() {
        return metric.chartFormat();
    }
}
