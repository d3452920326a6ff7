package org.nhlakehouse.dashboard.view;

import java.util.Objects;

/**
 * A column of a page table, and of its CSV export: the query selects exactly these keys in this order, the page shows
 * them with their labels and formats, and the export writes them unrounded under their keys.
 *
 * @param key the result column name, also the CSV header
 * @param label the header shown in the page
 * @param format how the page shows a value
 * @param unit the unit, shown in the header's tooltip (empty when none)
 */
public record Column(String key, String label, Format format, String unit) {
    public Column {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(unit, "unit");
    }

    public static Column of(String key, String label, Format format) {
        return new Column(key, label, format, switch (format) {
            case HPRD -> "hours per resident per day";
            case PERCENT -> "share, shown as a percentage";
            default -> "";
        });
    }

    public boolean numeric() {
        return format.numeric();
    }
}
