package org.nhlakehouse.dashboard.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.inject.Singleton;

import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.dashboard.compare.CompareView.Chosen;
import org.nhlakehouse.dashboard.compare.CompareView.Match;
import org.nhlakehouse.dashboard.query.GoldReadModel;
import org.nhlakehouse.dashboard.search.FacilitySearch;
import org.nhlakehouse.dashboard.view.Chart;
import org.nhlakehouse.dashboard.view.Charts;
import org.nhlakehouse.dashboard.view.Charts.Series;
import org.nhlakehouse.dashboard.view.Column;
import org.nhlakehouse.dashboard.view.Columns;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.view.Format;
import org.nhlakehouse.dashboard.view.Option;
import org.nhlakehouse.dashboard.web.InvalidParameterException;
import org.nhlakehouse.dashboard.web.Pages;

/** Reads the compare page: the chosen facilities' quarterly staffing from {@code fct_facility_quarter}. */
@Singleton
public class CompareReadModel extends GoldReadModel {

    static final List<Column> COLUMNS = List.of(
            Columns.CCN,
            Column.of("provider_name", "Facility", Format.TEXT),
            Columns.STATE,
            Columns.QUARTER,
            Column.of("days_reported", "Days", Format.INTEGER),
            Columns.AVG_RESIDENTS,
            Columns.TOTAL_HPRD,
            Columns.RN_HPRD,
            Columns.AIDE_HPRD,
            Columns.WEEKEND_HPRD,
            Columns.CONTRACT_SHARE);

    private final FacilitySearch search;

    public CompareReadModel(FacilitySearch search) {
        this.search = search;
    }

    /** The chosen facilities, each checked to exist. */
    List<Chosen> chosen(CompareSelection selection) {
        List<Map<String, Object>> rows = queries.run(selection.query("compare_facilities")).asMaps();
        List<Chosen> chosen = new ArrayList<>();
        for (String ccn : selection.ccns()) {
            Map<String, Object> row = rows.stream().filter(r -> ccn.equals(r.get("ccn"))).findFirst()
                    .orElseThrow(() -> new InvalidParameterException("ccn", ccn + " is no facility of the loaded data"));
            chosen.add(new Chosen(ccn, String.valueOf(row.get("provider_name")),
                    row.get("city") + ", " + row.get("state"), Pages.facilityHref(ccn, null),
                    selection.without(ccn).link("/compare")));
        }
        return chosen;
    }

    public CompareView read(CompareSelection selection, String query) {
        List<Chosen> chosen = chosen(selection);
        QueryResult trend = queries.run(selection.query("compare_trend"));
        DataTable table = DataTable.of("compare", "Every quarter of the compared facilities", COLUMNS, trend,
                selection.filters().link("/compare/export.csv"), ccn -> Pages.facilityHref(ccn, null));
        List<Match> matches = query.isEmpty() || selection.full() ? List.of()
                : search.search(query, 20).hits().stream()
                        .filter(h -> !selection.ccns().contains(h.facility().ccn()))
                        .map(h -> new Match(h.facility(), selection.with(h.facility().ccn()).link("/compare")))
                        .toList();
        return new CompareView(chosen, selection.enough(), selection.full(), selection.filters().link("/compare"),
                String.join(",", selection.ccns()), Option.of(CompareMetric.class, selection.metric(), null), query,
                matches, latest(trend, chosen), chart(trend, chosen, selection.metric()), table);
    }

    /** Each facility's latest quarter, one row per measure (the table's columns after CCN, name and state). */
    static List<CompareView.Row> latest(QueryResult trend, List<Chosen> chosen) {
        int ccnIndex = trend.columnIndex("ccn");
        List<List<Object>> last = chosen.stream().map(c -> trend.rows().stream()
                .filter(r -> c.ccn().equals(r.get(ccnIndex))).reduce((a, b) -> b).orElse(null)).toList();
        List<CompareView.Row> rows = new ArrayList<>();
        for (Column column : COLUMNS.subList(3, COLUMNS.size())) {
            int index = trend.columnIndex(column.key());
            List<String> values = new ArrayList<>();
            List<String> exact = new ArrayList<>();
            for (List<Object> row : last) {
                Object value = row == null ? null : row.get(index);
                String text = column.format().text(value);
                values.add(text.isEmpty() ? "n/a" : text);
                exact.add(value == null ? "" : String.valueOf(value));
            }
            rows.add(new CompareView.Row(column.key(), column.label(), values, exact));
        }
        return rows;
    }

    /** The chosen measure per quarter, one line per facility, over every quarter any of them reported. */
    static Chart chart(QueryResult trend, List<Chosen> chosen, CompareMetric metric) {
        int ccnIndex = trend.columnIndex("ccn");
        int quarterIndex = trend.columnIndex("quarter");
        int valueIndex = trend.columnIndex(metric.param());
        List<String> quarters = new ArrayList<>(new TreeSet<>(trend.rows().stream()
                .map(r -> (String) r.get(quarterIndex)).toList()));
        List<Series> series = new ArrayList<>();
        for (Chosen facility : chosen) {
            List<Object> points = new ArrayList<>();
            for (String quarter : quarters) {
                points.add(trend.rows().stream()
                        .filter(r -> facility.ccn().equals(r.get(ccnIndex)) && quarter.equals(r.get(quarterIndex)))
                        .findFirst().map(r -> Charts.point(r.get(valueIndex), metric.format())).orElse(null));
            }
            series.add(Series.of(facility.name() + " (" + facility.ccn() + ")", "line", points)
                    .with("connectNulls", false));
        }
        return Charts.categories("compare-chart", metric.label() + " per quarter", "Quarter", quarters,
                metric.label(), metric.format(), series, false);
    }
}
