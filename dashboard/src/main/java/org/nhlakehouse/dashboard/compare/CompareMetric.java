package org.nhlakehouse.dashboard.compare;

import org.nhlakehouse.dashboard.view.Charts.ValueFormat;
import org.nhlakehouse.dashboard.web.Choice;

/** The measure the compare chart draws (the allow-list behind {@code metric=}); the table shows them all. */
public enum CompareMetric implements Choice {
    TOTAL_HPRD("total_hprd", "Total nurse HPRD", ValueFormat.HPRD),
    RN_HPRD("rn_hprd", "RN HPRD", ValueFormat.HPRD),
    AIDE_HPRD("aide_hprd", "Nurse aide HPRD", ValueFormat.HPRD),
    WEEKEND_TOTAL_HPRD("weekend_total_hprd", "Weekend total HPRD", ValueFormat.HPRD),
    CONTRACT_SHARE("total_contract_share", "Contract share of hours", ValueFormat.PERCENT);

    private final String column;
    private final String label;
    private final ValueFormat format;

    CompareMetric(String column, String label, ValueFormat format) {
        this.column = column;
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

    public ValueFormat format() {
        return format;
    }
}
