package org.nhlakehouse.dashboard.states;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.inject.Singleton;

import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.dashboard.query.GoldReadModel;
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.view.Chart;
import org.nhlakehouse.dashboard.view.Charts;
import org.nhlakehouse.dashboard.view.Charts.Series;
import org.nhlakehouse.dashboard.view.Charts.ValueFormat;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.view.Format;
import org.nhlakehouse.dashboard.view.Option;
import org.nhlakehouse.dashboard.web.Pages;
import org.nhlakehouse.dashboard.web.QueryString;

/** Reads a state's page: its trend against the nation, its facilities ranked, and their distribution. */
@Singleton
public class StateReadModel extends GoldReadModel {

    public StateView read(String state, StatesFilter filter, Quarters quarters) {
        String quarter = filter.quarter();
        StateMetric metric = filter.metric();
        String pool = quarters.poolLabel(quarter).toLowerCase(Locale.ROOT);
        String trendPool = quarters.trendPoolLabel();
        QueryString filters = filter.filters();
        String exportPath = "/states/" + state + "/export.csv";
        QueryResult trend = queries.run(StateTable.TREND.query(state, quarter, metric));
        QueryResult facilities = queries.run(StateTable.FACILITIES.query(state, quarter, metric));
        ValueFormat format = metric.chartFormat();

        List<String> trendQuarters = trend.rows().stream().map(r -> (String) r.getFirst()).toList();
        Chart trendChart = Charts.categories("state-trend", metric.label() + ", " + state + " and "
                + trendPool.toLowerCase(Locale.ROOT) + ", by quarter", "Quarter", trendQuarters, metric.unit(), format,
                List.of(
                        Series.of(state, "line", Charts.points(trend.rows(), 1, format)),
                        Series.of(trendPool, "line", Charts.points(trend.rows(), 2, format))
                                .with("lineStyle", java.util.Map.of("type", "dashed"))),
                false);
        List<Object> quarterRow = trend.rows().stream().filter(r -> quarter.equals(r.getFirst())).findFirst()
                .orElse(java.util.Arrays.asList(quarter, null, null, null));

        return new StateView(state, quarter, quarters.options(quarter),
                Option.of(StateMetric.class, metric, null), metric.label(), metric.format().text(quarterRow.get(1)),
                metric.format().text(quarterRow.get(2)), Format.INTEGER.text(quarterRow.get(3)),
                filters.link("/states"), trendChart,
                DataTable.of("state-trend-table", metric.label() + ", " + state + " and "
                        + trendPool.toLowerCase(Locale.ROOT) + ", by quarter", StateTable.TREND.columns(metric, trendPool),
                        trend,
                        filters.with("table", StateTable.TREND).link(exportPath), c -> ""),
                distribution(state, quarter, metric, facilities),
                DataTable.of("state-facilities", state + " facilities ranked by " + metric.label() + ", " + quarter,
                        StateTable.FACILITIES.columns(metric, trendPool), facilities, filters.link(exportPath),
                        c -> Pages.facilityHref(c, quarter)),
                pool);
    }

    /** How many of the state's facilities fall in each band of the metric (0.25 HPRD or 5 percentage points). */
    static Chart distribution(String state, String quarter, StateMetric metric, QueryResult facilities) {
        ValueFormat format = metric.chartFormat();
        double width = format == ValueFormat.PERCENT ? 5 : 0.25;
        int valueIndex = facilities.columnIndex("value");
        List<Double> values = new ArrayList<>();
        for (List<Object> row : facilities.rows()) {
            if (Charts.point(row.get(valueIndex), format) instanceof Number n) {
                values.add(n.doubleValue());
            }
        }
        List<String> bands = new ArrayList<>();
        List<Object> counts = new ArrayList<>();
        if (!values.isEmpty()) {
            int first = (int) Math.floor(values.stream().mapToDouble(Double::doubleValue).min().orElseThrow() / width);
            int last = (int) Math.floor(values.stream().mapToDouble(Double::doubleValue).max().orElseThrow() / width);
            long[] perBand = new long[last - first + 1];
            for (double v : values) {
                perBand[(int) Math.floor(v / width) - first]++;
            }
            String pattern = format == ValueFormat.PERCENT ? "%.0f–%.0f%%" : "%.2f–%.2f";
            for (int band = first; band <= last; band++) {
                bands.add(String.format(Locale.ROOT, pattern, band * width, (band + 1) * width));
                counts.add(perBand[band - first]);
            }
        }
        return Charts.categories("state-distribution", "Facilities of " + state + " by " + metric.label() + ", "
                + quarter, metric.label(), bands, "Facilities", ValueFormat.INTEGER,
                List.of(Series.of("Facilities", "bar", counts)), false);
    }
}
