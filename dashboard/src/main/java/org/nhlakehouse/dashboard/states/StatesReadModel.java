package org.nhlakehouse.dashboard.states;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.dashboard.query.GoldReadModel;
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.query.ViewQuery;
import org.nhlakehouse.dashboard.view.Chart;
import org.nhlakehouse.dashboard.view.Charts;
import org.nhlakehouse.dashboard.view.Charts.Series;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.view.Option;
import org.nhlakehouse.dashboard.web.Pages;
import org.nhlakehouse.dashboard.web.QueryString;

/**
 * Reads the States page: the map and ranking by a metric ({@code agg_state_quarter}, {@code agg_peer_distribution} and
 * the national row), the shares of facilities below the benchmarks, and the facilities most reliant on contract staff.
 */
@Singleton
public class StatesReadModel extends GoldReadModel {

    public StatesView read(StatesFilter filter, Quarters quarters) {
        String selected = filter.quarter();
        StateMetric chosen = filter.metric();
        QueryString filters = filter.filters();
        List<QueryResult> results = queries.runAll(List.of(StatesTable.STATES.query(selected, chosen),
                ViewQuery.of("national_metric").with("quarter", selected).withIdentifier("metric", chosen.column()),
                StatesTable.BENCHMARKS.query(selected, chosen), StatesTable.CONTRACT.query(selected, chosen)));
        QueryResult result = results.get(0);
        QueryResult nationalResult = results.get(1);
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
                map(selected, chosen, result),
                Charts.categories("states-chart", chosen.label() + " by state, " + selected + " (dashed: "
                        + pool.toLowerCase(java.util.Locale.ROOT) + ")", "State", states, chosen.unit(),
                        chosen.chartFormat(), List.of(bars), true),
                table(StatesTable.STATES, "States by " + chosen.label() + ", " + selected, selected, chosen, result,
                        filters),
                table(StatesTable.BENCHMARKS, "Share of facilities below the repealed 2024 benchmarks and below their"
                        + " case-mix staffing, by state, " + selected, selected, chosen,
                        results.get(2), filters),
                table(StatesTable.CONTRACT, "The " + StatesTable.TOP_CONTRACT
                        + " facilities most reliant on contract staff, " + selected, selected, chosen,
                        results.get(3), filters),
                pool);
    }

    private static DataTable table(StatesTable which, String caption, String quarter, StateMetric metric,
            QueryResult result, QueryString filters) {
        QueryString link = which == StatesTable.STATES ? filters : filters.with("table", which);
        return DataTable.of(which == StatesTable.STATES ? "states" : "states-" + which.param(), caption,
                which.columns(metric), result, link.link("/states/export.csv"), c -> Pages.facilityHref(c, quarter),
                state -> stateHref(state, quarter, metric));
    }

    /** The choropleth: each state coloured by its value; a click opens the state's page. */
    private static Chart map(String quarter, StateMetric metric, QueryResult ranking) {
        List<Map<String, Object>> data = new ArrayList<>();
        for (List<Object> row : ranking.rows()) {
            Object value = Charts.point(row.get(2), metric.chartFormat());
            if (value != null) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("name", row.get(1));
                item.put("value", value);
                item.put("href", stateHref((String) row.get(1), quarter, metric));
                data.add(item);
            }
        }
        return Charts.map("states-map", metric.label() + " by state, " + quarter + " (click a state to open it)",
                metric.label(), metric.chartFormat(), data);
    }

    public static String stateHref(String state, String quarter, StateMetric metric) {
        return new StatesFilter(quarter, metric).filters().link("/states/" + state);
    }
}
