package org.nhlakehouse.dashboard.view;

/**
 * A table header cell.
 *
 * @param key the Gold measure the column holds ({@link Column#measure}; its definition is looked up by it)
 * @param label what it says
 * @param unit the unit (its tooltip)
 * @param href a link that sorts by this column, or empty
 * @param ariaSort {@code ascending}, {@code descending} or {@code none}
 * @param numeric right-aligned
 */
public record Header(String key, String label, String unit, String href, String ariaSort, boolean numeric) {
    public boolean sortable() {
        return !href.isEmpty();
    }

    public String arrow() {
        return switch (ariaSort) {
            case "ascending" -> " ▲";
            case "descending" -> " ▼";
            default -> "";
        };
    }
}
