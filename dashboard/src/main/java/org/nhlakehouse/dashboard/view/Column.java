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
 * @param measure the Gold column whose definition the header shows beside its label: the key itself, unless the
 *        column holds a measure under another name (a state ranking's {@code value} is the chosen metric)
 */
public record Column(String key, String label, Format format, String unit, String measure) {
    public Column {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(measure, "measure");
    }

    public static Column of(String key, String label, Format format) {
        return new Column(key, label, format, switch (format) {
            case HPRD -> "hours per resident per day";
            case PERCENT -> "share, shown as a percentage";
            default -> "";
        }, key);
    }

    /** The same column, defined on the page as the Gold measure {@code goldColumn}. */
    public Column withMeasure(String goldColumn) {
        return new Column(key, label, format, unit, goldColumn);
    }

    public boolean numeric() {
        return format.numeric();
    }
}
