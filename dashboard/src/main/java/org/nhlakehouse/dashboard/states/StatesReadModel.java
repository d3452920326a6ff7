package org.nhlakehouse.dashboard.states;

import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.dashboard.query.GoldQueries;
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.query.ViewQuery;
import org.nhlakehouse.dashboard.view.Charts;
import org.nhlakehouse.dashboard.view.Charts.Series;
import org.nhlakehouse.dashboard.view.Column;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.view.Format;
import org.nhlakehouse.dashboard.view.Option;
import org.nhlakehouse.dashboard.web.Pages;
import org.nhlakehouse.dashboard.web.QueryString;

/** Reads the state ranking from {@code agg_state_quarter}, {@code agg_peer_distribution} and the national row. */
@Singleton
public class StatesReadModel {

    private final GoldQueries queries;

    public StatesReadModel(GoldQueries queries) {
        this.queries = queries;
    }

    static List<Column> columns(StateMetric metric) {
        return List.of(
                Column.of("rank", "Rank", Format.INTEGER),
                Column.of("state", "State", Format.TEXT),
                Column.of("value", metric.label() + " (state)", metric.format()),
                Column.of("facilities", "Facilities", Format.INTEGER),
                Column.of("facility_median", "Facility median", metric.format()),
                Column.of("facility_p10", "Facility p10", metric.format()),
                Column.of("facility_p90", "Facility p90", metric.format()));
    }

    static ViewQuery query(String quarter, StateMetric metric) {
        return ViewQuery.of("state_ranking", quarter, quarter, metric.peerMetric())
                .withIdentifier("metric", metric.column());
    }

    static QueryString filters(String quarter, StateMetric metric) {
        return QueryString.create().with("quarter", quarter).with("metric", metric);
    }

    public StatesView read(String selected, StateMetric chosen, Quarters quarters) {
        QueryString filters = filters(selected, chosen);
        QueryResult result = queries.run(query(selected, chosen));
        DataTable table = DataTable.of("states", "States by " + chosen.label() + ", " + selected, columns(chosen),
                result, filters.link("/states/export.csv"), c -> Pages.facilityHref(c, selected));
        QueryResult nationalResult = queries.run(ViewQuery.of("national_metric", selected)
                .withIdentifier("metric", chosen.column()));
        Object national = nationalResult.rows().isEmpty() ? null : nationalResult.rows().getFirst().getFirst();
        Object nationalPoint = Charts.point(national, chosen.chartFormat());
        Series bars = Series.of(chosen.label(), "bar", Charts.points(result.rows(), 2, chosen.chartFormat()));
        String pool = quarters.poolLabel(selected);
        if (nationalPoint != null) {
            bars = bars.with("markLine", Map.of("symbol", "none", "label", Map.of("formatter", pool),
                    "lineStyle", Map.of("color", "#d62728", "type", "dashed"),
                    "data", List.of(Map.of("name", pool, "xAxis", nationalPoint))));
        }
        List<String> states = result.rows().stream().map(r -> (String) r.get(1)).toList();
        return new StatesView(selected, quarters.options(selected),
                Option.of(StateMetric.class, chosen, null), chosen.label(), chosen.format().text(national),
                national == null ? "" : String.valueOf(national),
                Charts.categories("states-chart", chosen.label() + " by state, " + selected + " (dashed: "
                        + pool.toLowerCase(java.util.Locale.ROOT) + ")", "State", states, chosen.unit(),
                        chosen.chartFormat(), List.of(bars), true),
                table, pool);
    }
}
