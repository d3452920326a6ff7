package org.nhlakehouse.cli.generator;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter as PBJ labels it ({@code CY_Qtr}, e.g. {@code 2024Q2}). */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4 || year < 1900 || year > 9999) {
            throw new IllegalArgumentException("not a quarter: " + year + "Q" + number);
        }
    }

    /** Parses {@code 2024Q2} (also {@code 2024q2}). */
    public static Quarter parse(String label) {
        Matcher m = LABEL.matcher(label.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + label + "' is not a quarter such as 2024Q2");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public Quarter plus(int quarters) {
        int index = year * 4 + (number - 1) + quarters;
        return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, number * 3 - 2, 1);
    }

    public LocalDate lastDay() {
        return plus(1).firstDay().minusDays(1);
    }

    public int days() {
        return (int) (lastDay().toEpochDay() - firstDay().toEpochDay() + 1);
    }

    /**
     * The Processing Date of the Provider Info release that carries this quarter's staffing: CMS's usual lag (releases
     * of Jul-Sep carry Q1, Oct-Dec Q2, Jan-Mar of the next year Q3, Apr-Jun Q4; see int_provider_info_releases.sql).
     * The middle month of that window is taken, e.g. 2024Q2 → 2024-11-01, as in the real Nov-2024 release.
     */
    public LocalDate carryingReleaseDate() {
        return firstDay().plusMonths(7);
    }

    /** CMS's monthly file suffix for a release, e.g. {@code Nov2024}. */
    static String releaseSuffix(LocalDate processingDate) {
        return processingDate.getMonth().getDisplayName(TextStyle.SHORT, Locale.US) + processingDate.getYear();
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(year * 4 + number, other.year * 4 + other.number);
    }

    @Override
    public String toString() {
        return year + "Q" + number;
    }
}
