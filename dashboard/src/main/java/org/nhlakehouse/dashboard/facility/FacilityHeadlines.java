package org.nhlakehouse.dashboard.facility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.dashboard.states.StateMetric;
import org.nhlakehouse.dashboard.view.Cell;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.view.Format;

/**
 * The top of the facility page: each headline measure beside its state's and the nation's value, and where the
 * facility ranks among the facilities of its state and of its peer group (same bed-size band and ownership group,
 * nationwide), said in words: "higher than 95% of the 75 facilities in RI".
 */
public final class FacilityHeadlines {

    /** Fewer facilities than this (the facility included) make no meaningful percentile. */
    static final int MIN_GROUP = 10;

    /** The one headline measure that is not a {@link StateMetric}: the day-to-day stability of staffing. */
    static final String DAILY_CV = "daily_total_hprd_cv";

    /** Peer-group kinds of {@code agg_peer_distribution}, as a reader says them. */
    static final Map<String, String> PEER_TYPES = Map.of("national", "All facilities", "state", "State",
            "bed_size_band", "Bed-size band", "ownership_group", "Ownership");

    private FacilityHeadlines() {
    }

    /**
     * One headline measure.
     *
     * @param key the metric (fct_facility_quarter column)
     * @param label its name on the page
     * @param value the facility's value, formatted
     * @param exact the unrounded value
     * @param stateValue the state's value, formatted ("n/a" when none)
     * @param nationalValue the nation's (or all reporting facilities') value, formatted
     * @param stateRank the rank among the state's facilities, in words
     * @param peerRank the rank in the peer group, in words
     */
    public record Headline(String key, String label, String value, String exact, String stateValue, String nationalValue,
            String stateRank, String peerRank) {
    }

    /** The headlines from {@code facility_standing}'s rows. */
    static List<Headline> of(QueryResult standing) {
        return standing.asMaps().stream().map(FacilityHeadlines::headline).toList();
    }

    /** The words the page uses for a headline measure: its state metric's label. */
    static String label(String metric) {
        return metric.equals(DAILY_CV) ? "Day-to-day variation (CV)"
                : StateMetric.byPeerMetric(metric).map(StateMetric::label).orElse(metric);
    }

    static Format format(String metric) {
        return metric.endsWith("_share") || metric.equals("occupancy") ? Format.PERCENT
                : metric.endsWith("_cv") ? Format.RATIO : Format.HPRD;
    }

    private static Headline headline(Map<String, Object> row) {
        String metric = (String) row.get("metric");
        Format format = format(metric);
        Object value = row.get("facility_value");
        Group state = new Group("", " in " + row.get("state"));
        Group peers = peerGroup(String.valueOf(row.get("ownership_group")), String.valueOf(row.get("bed_size_band")));
        return new Headline(metric, label(metric), text(format, value),
                value == null ? "" : String.valueOf(value), text(format, row.get("state_value")),
                text(format, row.get("national_value")),
                rank(value, count(row, "state_facilities"), count(row, "state_lower"), count(row, "state_higher"),
                        state),
                rank(value, count(row, "peer_facilities"), count(row, "peer_lower"), count(row, "peer_higher"),
                        peers));
    }

    /** Facilities of a group, as a sentence names them: "for-profit" + "facilities" + " with 50-99 beds". */
    record Group(String adjective, String suffix) {
        String of(long facilities) {
            return (adjective.isEmpty() ? "" : adjective + " ") + (facilities == 1 ? "facility" : "facilities")
                    + suffix;
        }
    }

    /** The peer group: same ownership group and bed-size band, e.g. "for-profit facilities with 100-149 beds". */
    static Group peerGroup(String ownership, String band) {
        boolean knownOwner = !"Unknown".equals(ownership);
        return new Group(knownOwner ? ownership.toLowerCase(Locale.ROOT).replace(' ', '-') : "",
                (knownOwner ? "" : " of unknown ownership") + ("Unknown".equals(band) ? " of unknown size"
                        : " with " + band + " beds"));
    }

    /**
     * The percentile rank in words: the larger of the shares below and above the facility, of all the group's
     * facilities that reported the measure (the facility included), or why there is none.
     */
    static String rank(Object value, long facilities, long lower, long higher, Group group) {
        if (value == null) {
            return "not reported this quarter";
        }
        if (facilities < MIN_GROUP) {
            return String.format(Locale.US, "too few to rank against: %d %s (at least %d needed)", facilities,
                    group.of(facilities), MIN_GROUP);
        }
        boolean mostlyAbove = lower >= higher;
        long share = Math.round(100.0 * (mostlyAbove ? lower : higher) / facilities);
        return String.format(Locale.US, "%s than %d%% of the %,d %s", mostlyAbove ? "higher" : "lower", share,
                facilities, group.of(facilities));
    }

    private static long count(Map<String, Object> row, String key) {
        Object value = row.get(key);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static String text(Format format, Object value) {
        String text = format.text(value);
        return text.isEmpty() ? "n/a" : text;
    }

    /** Where the facility falls, as {@code facility_peers} says it, in words. */
    static final Map<String, String> POSITIONS = Map.of("below p10", "below the 10th percentile", "p10-p25",
            "10th to 25th percentile", "p25-p50", "25th to 50th percentile", "p50-p75", "50th to 75th percentile",
            "p75-p90", "75th to 90th percentile", "above p90", "above the 90th percentile");

    /**
     * The peer percentile table as a reader wants it: measures and peer groups by name, shares as percentages, and
     * "too small to rank" for a group of fewer than {@link #MIN_GROUP} facilities. Each cell keeps its exact value
     * (the CSV export's).
     */
    static DataTable readablePeers(DataTable peers) {
        List<List<Cell>> rows = new ArrayList<>();
        for (List<Cell> row : peers.rows()) {
            String metric = row.get(0).exact();
            Format format = format(metric);
            long facilities = row.get(4).exact().isEmpty() ? 0 : Long.parseLong(row.get(4).exact());
            List<Cell> cells = new ArrayList<>(row);
            cells.set(0, relabel(row.get(0), label(metric)));
            cells.set(1, relabel(row.get(1), PEER_TYPES.getOrDefault(row.get(1).exact(), row.get(1).exact())));
            for (int i : new int[] { 3, 5, 6, 7, 8, 9 }) {
                Cell cell = row.get(i);
                cells.set(i, relabel(cell, cell.exact().isEmpty() ? "" : format.text(Double.valueOf(cell.exact()))));
            }
            String position = facilities < MIN_GROUP ? "too small to rank (fewer than " + MIN_GROUP + ")"
                    : POSITIONS.getOrDefault(row.get(10).exact(), row.get(10).text());
            cells.set(10, relabel(row.get(10), position));
            rows.add(cells);
        }
        return new DataTable(peers.id(), peers.caption(), peers.columns(), rows, peers.exportHref(), peers.headers());
    }

    private static Cell relabel(Cell cell, String text) {
        return new Cell(text, cell.exact(), cell.href(), cell.numeric());
    }
}
