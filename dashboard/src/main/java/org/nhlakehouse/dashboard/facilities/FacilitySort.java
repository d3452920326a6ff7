package org.nhlakehouse.dashboard.facilities;

import org.nhlakehouse.dashboard.web.Choice;

/** Columns the facility table sorts by (the allow-list behind {@code sort=}); the URL value is the column key. */
public enum FacilitySort implements Choice {
    CCN("ccn"),
    PROVIDER_NAME("provider_name"),
    CITY("city"),
    STATE("state"),
    OWNERSHIP_GROUP("ownership_group"),
    CERTIFIED_BEDS("certified_beds"),
    BED_SIZE_BAND("bed_size_band"),
    OVERALL_RATING("overall_rating"),
    STAFFING_RATING("staffing_rating"),
    AVG_RESIDENTS("avg_residents"),
    TOTAL_HPRD("total_hprd"),
    RN_HPRD("rn_hprd"),
    AIDE_HPRD("aide_hprd"),
    WEEKEND_TOTAL_HPRD("weekend_total_hprd"),
    TOTAL_CONTRACT_SHARE("total_contract_share"),
    ZERO_RN_DAYS("zero_rn_days"),
    OCCUPANCY("occupancy");

    private final String column;

    FacilitySort(String column) {
        this.column = column;
    }

    @Override
    public String param() {
        return column;
    }

    @Override
    public String label() {
        return column;
    }

    /** The column, rendered into ORDER BY as a checked identifier. */
    public String column() {
        return column;
    }

    public static FacilitySort byColumn(String key) {
        for (FacilitySort sort : values()) {
            if (sort.column.equals(key)) {
                return sort;
            }
        }
        return null;
    }
}
