package org.nhlakehouse.dashboard.query;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.nhlakehouse.dashboard.view.Option;

/**
 * The loaded PBJ quarters and how much of the country each one covers. A quarter has <em>broad coverage</em> when at
 * least half as many facilities reported in it as in the best-covered loaded quarter (a quarter CMS has only begun to
 * publish, or a one-facility extract, does not); the pages open on the latest such quarter. A quarter is
 * <em>national</em> only when facilities of at least {@value #NATIONAL_STATES} states and territories reported in it;
 * otherwise its figures are those of the facilities that reported, never called national.
 *
 * @param coverage each loaded quarter, oldest first
 */
public record Quarters(List<Coverage> coverage) {

    /** Share of the best-covered quarter's facility count a quarter needs to count as broadly covered. */
    public static final double BROAD_SHARE = 0.5;
    /** States and territories that must have reported for a quarter's figures to be called national. */
    public static final int NATIONAL_STATES = 50;

    /** What coverage means, as the Overview says it. */
    public static final String RULE = "Pages open on the latest quarter with broad coverage: at least "
            + Math.round(BROAD_SHARE * 100) + "% as many reporting facilities as the best-covered loaded quarter. "
            + "A quarter's figures are called national only when facilities of at least " + NATIONAL_STATES
            + " states and territories reported in it.";

    public Quarters {
        coverage = List.copyOf(coverage);
    }

    /**
     * One quarter's coverage.
     *
     * @param quarter e.g. 2023Q2
     * @param facilities facilities with PBJ data in it
     * @param states states and territories they are in
     * @param broad at least {@link #BROAD_SHARE} of the best-covered quarter's facilities
     */
    public record Coverage(String quarter, long facilities, long states, boolean broad) {

        public boolean national() {
            return states >= NATIONAL_STATES;
        }

        /** "196 facilities in 2 states": whom the quarter's figures stand for. */
        public String scope() {
            return String.format(Locale.US, "%,d %s in %d %s", facilities, facilities == 1 ? "facility" : "facilities",
                    states, states == 1 ? "state" : national() ? "states and territories" : "states");
        }

        /** "196 facilities in 2 states reported". */
        public String reported() {
            return scope() + " reported";
        }

        /** The quarter drop-down's entry: "2023Q2 · 196 facilities", marked when partial. */
        public String label() {
            return String.format(Locale.US, "%s \u00b7 %,d %s%s", quarter, facilities,
                    facilities == 1 ? "facility" : "facilities", broad ? "" : " (partial)");
        }

        /** The sentence every page shows under its title. */
        public String sentence() {
            if (national()) {
                return quarter + ": " + reported() + " (national figures).";
            }
            return quarter + ": " + reported() + "; the figures describe "
                    + (facilities == 1 ? "this facility" : "these facilities") + ", not the nation" + (broad ? "."
                            : ", and fewer than half as many facilities as in the best-covered loaded quarter.");
        }
    }

    /** What a quarter's pooled figure is called: "National" only for a national quarter. */
    public String poolLabel(String quarter) {
        return of(quarter).map(Coverage::national).orElse(false) ? "National" : "All reporting facilities";
    }

    /**
     * What the pooled series of a trend across every loaded quarter is called: "National" only when every loaded
     * quarter is national.
     */
    public String trendPoolLabel() {
        return !coverage.isEmpty() && coverage.stream().allMatch(Coverage::national) ? "National"
                : "All reporting facilities";
    }

    /** Quarter names, oldest first. */
    public List<String> all() {
        return coverage.stream().map(Coverage::quarter).toList();
    }

    public boolean isEmpty() {
        return coverage.isEmpty();
    }

    /** The latest quarter with broad coverage (the latest quarter when none has). */
    public String defaultQuarter() {
        for (int i = coverage.size() - 1; i >= 0; i--) {
            if (coverage.get(i).broad()) {
                return coverage.get(i).quarter();
            }
        }
        return coverage.getLast().quarter();
    }

    public Optional<Coverage> of(String quarter) {
        return coverage.stream().filter(c -> c.quarter().equals(quarter)).findFirst();
    }

    /** The quarter filter's entries, labelled with their coverage. */
    public List<Option> options(String selected) {
        return coverage.stream().map(c -> new Option(c.quarter(), c.label(), c.quarter().equals(selected))).toList();
    }

    /** Builds the coverage from (quarter, facilities, states) rows, oldest first. */
    public static Quarters of(List<List<Object>> rows) {
        long most = rows.stream().mapToLong(r -> ((Number) r.get(1)).longValue()).max().orElse(0);
        return new Quarters(rows.stream().map(r -> {
            long facilities = ((Number) r.get(1)).longValue();
            return new Coverage((String) r.get(0), facilities, ((Number) r.get(2)).longValue(),
                    facilities >= BROAD_SHARE * most);
        }).toList());
    }
}
