package org.nhlakehouse.dashboard.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.nhlakehouse.dashboard.query.ViewQuery;
import org.nhlakehouse.dashboard.web.InvalidParameterException;
import org.nhlakehouse.dashboard.web.Params;
import org.nhlakehouse.dashboard.web.QueryString;

/**
 * The facilities being compared, from {@code ccn=} (repeated, or comma-separated): each a valid CCN, duplicates
 * dropped, in the order chosen, at most {@value #MAX}.
 *
 * @param ccns the chosen CCNs
 * @param metric the measure the chart draws
 */
public record CompareSelection(List<String> ccns, CompareMetric metric) {

    public static final int MAX = 5;
    public static final int MIN = 2;

    public CompareSelection {
        ccns = List.copyOf(ccns);
    }

    public static CompareSelection parse(List<String> raw, String metric) {
        Set<String> ccns = new LinkedHashSet<>();
        for (String value : raw == null ? List.<String> of() : raw) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    ccns.add(Params.ccn(part));
                }
            }
        }
        if (ccns.size() > MAX) {
            throw new InvalidParameterException("ccn", "names at most " + MAX + " facilities to compare");
        }
        return new CompareSelection(new ArrayList<>(ccns),
                Params.choice(metric, "metric", CompareMetric.class, CompareMetric.TOTAL_HPRD));
    }

    public boolean full() {
        return ccns.size() >= MAX;
    }

    public boolean enough() {
        return ccns.size() >= MIN;
    }

    /** The page's URL parameters: the CCNs comma-separated, and the metric when not the default. */
    public QueryString filters() {
        return QueryString.create().with("ccn", String.join(",", ccns))
                .with("metric", metric == CompareMetric.TOTAL_HPRD ? null : metric);
    }

    public QueryString with(String ccn) {
        List<String> more = new ArrayList<>(ccns);
        more.add(ccn);
        return new CompareSelection(more, metric).filters();
    }

    public QueryString without(String ccn) {
        List<String> fewer = new ArrayList<>(ccns);
        fewer.remove(ccn);
        return new CompareSelection(fewer, metric).filters();
    }

    /** A query over the chosen CCNs: five places {@code :ccn1}..{@code :ccn5}, the unused ones sent as {@code ''}. */
    public ViewQuery query(String template) {
        ViewQuery query = ViewQuery.of(template);
        for (int i = 0; i < MAX; i++) {
            query = query.with("ccn" + (i + 1), i < ccns.size() ? ccns.get(i) : "");
        }
        return query;
    }
}
