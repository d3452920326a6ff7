package org.nhlakehouse.dashboard.quality;

import org.nhlakehouse.dashboard.states.StateMetric;
import org.nhlakehouse.dashboard.web.EnumChoice;

/**
 * Staffing metrics compared across ratings (the allow-list behind {@code metric=}): fct_facility_quarter columns,
 * named as the {@link StateMetric} of the same name.
 */
public enum QualityMetric implements EnumChoice {
    TOTAL_HPRD,
    RN_HPRD,
    AIDE_HPRD,
    WEEKEND_TOTAL_HPRD;

    @Override
    public String label() {
        return StateMetric.valueOf(name()).label();
    }

    public String column() {
        return param();
    }
}
