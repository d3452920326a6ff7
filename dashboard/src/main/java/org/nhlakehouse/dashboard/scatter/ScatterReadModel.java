package org.nhlakehouse.dashboard.scatter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.dashboard.query.GoldReadModel;
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.view.Charts;
import org.nhlakehouse.dashboard.view.Charts.Range;
import org.nhlakehouse.dashboard.view.Charts.Series;
import org.nhlakehouse.dashboard.view.Charts.ValueFormat;
import org.nhlakehouse.dashboard.view.Column;
import org.nhlakehouse.dashboard.view.Columns;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.view.Option;
import org.nhlakehouse.dashboard.web.Ownership;
import org.nhlakehouse.dashboard.web.Pages;
import org.nhlakehouse.dashboard.web.QueryString;

/** Reads one point per facility: occupancy against total HPRD. */
@Singleton
public class ScatterReadModel extends GoldReadModel {

    /**
     * Rows listed under the chart. The chart plots every facility (about 15,000 nationally); listing them all made the
     * page 9 MB, more than a Lambda response may carry (6 MB).
     */
    static final int TABLE_ROWS = 250;

    /**
     * Points drawn at most. 15,000 national points were 2.6 MB of page and a solid blot where they overlap; a uniform
     * sample of this many shows the same shape (the points are translucent, so density shows as depth of colour), and
     * the CSV still has every facility.
     */
    static final int MAX_POINTS = 2_000;

    static final List<Column> COLUMNS = List.of(
            Columns.CCN,
            Columns.NAME,
            Columns.STATE,
            Columns.OWNERSHIP,
            Columns.OVERALL_RATING,
            Columns.STAFFING_RATING,
            Columns.OCCUPANCY,
            Columns.TOTAL_HPRD);

    public ScatterView read(ScatterFilter filter, Quarters quarters) {
        String quarter = filter.quarter();
        Optional<String> state = filter.state();
        Optional<Ownership> ownership = filter.ownership();
        ScatterColor color = filter.color();
        QueryResult result = queries.run(filter.query());
        QueryString filters = filter.filters();
        int group = result.columnIndex(color.column());
        List<List<Object>> drawn = sample(result.rows(), MAX_POINTS);
        Map<String, List<Object>> groups = new LinkedHashMap<>();
        for (List<Object> row : drawn) {
            Object value = row.get(group);
            String key = value == null ? "Not rated"
                    : color == ScatterColor.OWNERSHIP ? value.toString()
                            : value + " star" + ("1".equals(value.toString()) ? "" : "s");
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("name", row.get(1) + " (" + row.get(0) + ")");
            point.put("value", List.of(Charts.point(row.get(6), ValueFormat.PERCENT),
                    Charts.point(row.get(7), ValueFormat.HPRD)));
            point.put("href", Pages.facilityHref((String) row.get(0), quarter));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(point);
        }
        List<Series> series = groups.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Series.of(e.getKey(), "scatter", e.getValue()).with("symbolSize", drawn.size() > 500 ? 5 : 7)
                        .with("itemStyle", Map.of("opacity", drawn.size() > 500 ? 0.55 : 0.8)))
                .toList();
        // Axes fitted to every facility of the filter (not only the drawn sample), in round steps.
        Range occupancyRange = Range.fitted(column(result.rows(), 6, ValueFormat.PERCENT), 10);
        Range hprdRange = Range.fitted(column(result.rows(), 7, ValueFormat.HPRD), 0.5);
        String sampled = drawn.size() < result.rows().size()
                ? String.format(java.util.Locale.ROOT, " (a random %,d of %,d facilities; the CSV has all)",
                        drawn.size(), result.rows().size())
                : "";
        return new ScatterView(quarter, quarters.options(quarter),
                stateOptions(quarter, state),
                Option.of(Ownership.class, ownership.orElse(null), "Any"), Option.of(ScatterColor.class, color, null),
                Charts.scatter("scatter-chart", "Total nurse HPRD against occupancy, " + quarter + ", by "
                        + color.label().toLowerCase(java.util.Locale.ROOT) + sampled, "Occupancy (%)",
                        ValueFormat.PERCENT, occupancyRange, "Total HPRD", ValueFormat.HPRD, hprdRange, series),
                DataTable.of("scatter", "Facilities plotted, " + quarter, COLUMNS, result,
                        filters.link("/scatter/export.csv"), c -> Pages.facilityHref(c, quarter), TABLE_ROWS));
    }

    /**
     * At most {@code limit} rows, a uniform sample chosen by a hash of the CCN: the same facilities on every load and
     * every server, whatever order the engine returned them in.
     */
    static List<List<Object>> sample(List<List<Object>> rows, int limit) {
        if (rows.size() <= limit) {
            return rows;
        }
        return rows.stream().sorted(java.util.Comparator.comparingLong((List<Object> r) -> mix(r.getFirst().toString()))
                .thenComparing(r -> r.getFirst().toString())).limit(limit).toList();
    }

    /** A well-spread 64-bit hash of a CCN (SplitMix64's finalizer over String.hashCode). */
    private static long mix(String ccn) {
        long z = ccn.hashCode() * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static List<Double> column(List<List<Object>> rows, int index, ValueFormat format) {
        List<Double> values = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            values.add(Charts.point(row.get(index), format) instanceof Number n ? n.doubleValue() : null);
        }
        return values;
    }
}
