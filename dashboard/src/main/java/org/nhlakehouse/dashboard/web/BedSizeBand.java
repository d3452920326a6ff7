package org.nhlakehouse.dashboard.web;

/** Peer bands of {@code dim_facility.bed_size_band}. */
public enum BedSizeBand implements Choice {
    UNDER_50("lt50", "<50"),
    FROM_50("50-99", "50-99"),
    FROM_100("100-149", "100-149"),
    FROM_150("150-199", "150-199"),
    FROM_200("200plus", "200+"),
    UNKNOWN("unknown", "Unknown");

    private final String param;
    private final String label;

    BedSizeBand(String param, String label) {
        this.param = param;
        this.label = label;
    }

    @Override
    public String param() {
        return param;
    }

    /** Also the value in Gold. */
    @Override
    public String label() {
        return label;
    }
}
