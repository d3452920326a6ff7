package org.nhlakehouse.dashboard.compare;

import java.util.List;

import org.nhlakehouse.dashboard.search.SearchIndex;
import org.nhlakehouse.dashboard.view.Chart;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.view.Option;

/**
 * The compare page.
 *
 * @param chosen the facilities compared, in the order chosen
 * @param enough whether at least two are chosen
 * @param full whether no more can be added
 * @param pickHref the page's URL, to which the search box adds a chosen CCN
 * @param ccnList the chosen CCNs, comma-separated (kept by the forms)
 * @param metrics the chart's measure filter
 * @param query the text searched without JavaScript, or empty
 * @param matches what it found, each with the link that adds it
 * @param latest each facility's latest quarter, side by side (a column per facility)
 * @param chart the chosen measure per quarter, one line per facility
 * @param table every quarter of every chosen facility (the CSV export)
 */
public record CompareView(List<Chosen> chosen, boolean enough, boolean full, String pickHref, String ccnList,
        List<Option> metrics, String query, List<Match> matches, List<Row> latest, Chart chart, DataTable table) {

    /** A measure across the compared facilities: its label, and per facility the shown and the exact value. */
    public record Row(String key, String label, List<String> values, List<String> exact) {
    }

    /** A compared facility, with the link that removes it. */
    public record Chosen(String ccn, String name, String place, String href, String removeHref) {
    }

    /** A search match, with the link that adds it. */
    public record Match(SearchIndex.Facility facility, String addHref) {
    }
}
