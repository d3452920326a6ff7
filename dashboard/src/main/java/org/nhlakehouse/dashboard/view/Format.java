package org.nhlakehouse.dashboard.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** How a value is shown in a page (CSV exports carry the value unrounded). */
public enum Format {
    TEXT,
    /** A count, with thousands separators. */
    INTEGER,
    /** One decimal, e.g. average residents. */
    DECIMAL1,
    /** Hours per resident per day, three decimals (CMS publishes five; three is what a reader compares). */
    HPRD,
    /** A number in the metric's own unit, three decimals (mixed-unit tables such as peer percentiles). */
    RATIO,
    /** A 0..1 share as a percentage with one decimal. */
    PERCENT,
    /** A star rating 1-5. */
    STARS,
    /** A date or timestamp, as ISO text. */
    DATE,
    /** Yes / no. */
    BOOLEAN,
    /** A CCN that links to the facility page. */
    FACILITY,
    /** A state code that links to the state's page (when the table is given state links: {@link DataTable#of}). */
    STATE;

    /** The text shown for a value; empty for NULL. */
    public String text(Object value) {
        if (value == null) {
            return "";
        }
        return switch (this) {
            case TEXT, FACILITY, STATE -> value.toString();
            case INTEGER -> value instanceof Number n ? String.format(Locale.US, "%,d", Math.round(n.doubleValue()))
                    : value.toString();
            case DECIMAL1 -> decimals(value, 1);
            case HPRD, RATIO -> decimals(value, 3);
            case PERCENT -> value instanceof Number n
                    ? new BigDecimal(Double.toString(n.doubleValue() * 100)).setScale(1, RoundingMode.HALF_UP)
                            .toPlainString() + "%"
                    : value.toString();
            case STARS -> value instanceof Number n ? n.longValue() + "★" : value.toString();
            case DATE -> value.toString().replace('T', ' ');
            case BOOLEAN -> Boolean.TRUE.equals(value) ? "yes" : "no";
        };
    }

    /** Whether the column is right-aligned and sorts as a number. */
    public boolean numeric() {
        return switch (this) {
            case INTEGER, DECIMAL1, HPRD, RATIO, PERCENT, STARS -> true;
            default -> false;
        };
    }

    static String decimals(Object value, int scale) {
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return "";
            }
            return new BigDecimal(Double.toString(d)).setScale(scale, RoundingMode.HALF_UP).toPlainString();
        }
        return value.toString();
    }
}
