package org.nhlakehouse.dashboard.quality;

import org.nhlakehouse.dashboard.web.EnumChoice;

/** CMS star ratings of {@code dim_facility} (the allow-list behind {@code rating=}). */
public enum Rating implements EnumChoice {
    OVERALL,
    STAFFING,
    HEALTH,
    QM;

    @Override
    public String label() {
        return switch (this) {
            case OVERALL -> "Overall rating";
            case STAFFING -> "Staffing rating";
            case HEALTH -> "Health inspection rating";
            case QM -> "Quality measure rating";
        };
    }

    /** The {@code dim_facility} column, rendered into the query as a checked identifier. */
    public String column() {
        return (this == HEALTH ? "health_inspection" : param()) + "_rating";
    }
}
