package org.nhlakehouse.dashboard.view;

/**
 * The columns that many tables show, each defined once: its Gold column (also its CSV header), the header the page
 * shows and its format. A table that heads a column otherwise defines it with {@link Column#of}.
 */
public final class Columns {

    public static final Column CCN = Column.of("ccn", "CCN", Format.FACILITY);
    public static final Column NAME = Column.of("provider_name", "Name", Format.TEXT);
    public static final Column CITY = Column.of("city", "City", Format.TEXT);
    public static final Column STATE = Column.of("state", "State", Format.TEXT);
    public static final Column STATE_LINKED = Column.of("state", "State", Format.STATE);
    public static final Column OWNERSHIP = Column.of("ownership_group", "Ownership", Format.TEXT);
    public static final Column CERTIFIED_BEDS = Column.of("certified_beds", "Certified beds", Format.INTEGER);
    public static final Column OVERALL_RATING = Column.of("overall_rating", "Overall", Format.STARS);
    public static final Column STAFFING_RATING = Column.of("staffing_rating", "Staffing", Format.STARS);
    public static final Column QUARTER = Column.of("quarter", "Quarter", Format.TEXT);
    public static final Column RANK = Column.of("rank", "Rank", Format.INTEGER);
    public static final Column FACILITIES = Column.of("facilities", "Facilities", Format.INTEGER);
    public static final Column AVG_RESIDENTS = Column.of("avg_residents", "Avg residents", Format.DECIMAL1);
    public static final Column TOTAL_HPRD = Column.of("total_hprd", "Total HPRD", Format.HPRD);
    public static final Column RN_HPRD = Column.of("rn_hprd", "RN HPRD", Format.HPRD);
    public static final Column AIDE_HPRD = Column.of("aide_hprd", "Aide HPRD", Format.HPRD);
    public static final Column WEEKEND_HPRD = Column.of("weekend_total_hprd", "Weekend HPRD", Format.HPRD);
    public static final Column CONTRACT_SHARE = Column.of("total_contract_share", "Contract share", Format.PERCENT);
    public static final Column ZERO_RN_DAYS = Column.of("zero_rn_days", "Zero-RN days", Format.INTEGER);
    public static final Column OCCUPANCY = Column.of("occupancy", "Occupancy", Format.PERCENT);

    private Columns() {
    }
}
