package org.nhlakehouse.dashboard.scatter;

import org.nhlakehouse.dashboard.quality.Rating;
import org.nhlakehouse.dashboard.web.EnumChoice;

/**
 * What colours the points (the allow-list behind {@code color=}): a column of the scatter query, the ownership group
 * or one of the {@link Rating star ratings} of the same name.
 */
public enum ScatterColor implements EnumChoice {
    OWNERSHIP,
    OVERALL,
    STAFFING;

    @Override
    public String label() {
        return this == OWNERSHIP ? "Ownership" : rating().label();
    }

    public String column() {
        return this == OWNERSHIP ? "ownership_group" : rating().column();
    }

    private Rating rating() {
        return Rating.valueOf(name());
    }
}
