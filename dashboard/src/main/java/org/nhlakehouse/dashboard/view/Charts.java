package org.nhlakehouse.dashboard.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Builds ECharts options: every chart has a title, named axes with units, a tooltip, and (in the page) the table it
 * was drawn from. Values are numbers rounded for display; shares are sent as percentages.
 */
public final class Charts {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How axis values and tooltips are formatted by {@code app.js}. */
    public enum ValueFormat {
        HPRD,
        PERCENT,
        INTEGER,
        RATIO
    }

    /** A named series of values (numbers, NULL for a gap, or maps with {@code value}, {@code name}, {@code href}). */
    public record Series(String name, String type, List<Object> data, Map<String, Object> extra) {
        public static Series of(String name, String type, List<Object> data) {
            return new Series(name, type, data, Map.of());
        }

        public Series with(String key, Object value) {
            Map<String, Object> copy = new LinkedHashMap<>(extra);
            copy.put(key, value);
            return new Series(name, type, data, copy);
        }
    }

    /** An axis range fitted to the data (null ends: let ECharts choose). */
    public record Range(Double min, Double max) {
        /**
         * The range of all {@code values} widened to multiples of {@code step}, so that no point sits on the frame and
         * the ticks are round numbers; null when there is no value.
         */
        public static Range fitted(List<Double> values, double step) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (Double v : values) {
                if (v != null && !v.isNaN() && !v.isInfinite()) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
            if (min > max) {
                return null;
            }
            double low = Math.floor(min / step) * step;
            double high = Math.ceil(max / step) * step;
            return new Range(Math.max(0, low), high > low ? high : low + step);
        }
    }

    /** Pixels per category row of a horizontal bar chart, per series drawn side by side. */
    static final int ROW_PIXELS = 16;

    private Charts() {
    }

    /** Values along categories (quarters, days, states, files): lines, bars, or both. */
    public static Chart categories(String id, String title, String xName, List<String> categories, String yName,
            ValueFormat format, List<Series> series, boolean horizontal) {
        Map<String, Object> option = base(title, format, "axis");
        Map<String, Object> categoryAxis = axis("category", xName);
        categoryAxis.put("data", categories);
        Map<String, Object> valueAxis = axis("value", yName);
        int height = Chart.DEFAULT_HEIGHT;
        if (horizontal) {
            // Long category labels (file names, states) would run into a name placed beside them: name the axis above.
            categoryAxis.put("inverse", true);
            categoryAxis.put("nameLocation", "start");
            categoryAxis.put("nameGap", 10);
            // Every label shown (ECharts hides those that would overlap, e.g. every other state), each row given room.
            Map<String, Object> labels = new LinkedHashMap<>();
            labels.put("interval", 0);
            labels.put("fontSize", 11);
            categoryAxis.put("axisLabel", labels);
            int bars = (int) series.stream().filter(s -> s.type().equals("bar")).count();
            height = Math.max(height, 130 + categories.size() * ROW_PIXELS * Math.max(1, (bars + 1) / 2));
            option.put("xAxis", valueAxis);
            option.put("yAxis", categoryAxis);
        } else {
            option.put("xAxis", categoryAxis);
            option.put("yAxis", valueAxis);
        }
        option.put("series", series.stream().map(Charts::series).toList());
        int points = series.stream().mapToInt(s -> (int) s.data().stream().filter(v -> v != null).count()).sum();
        return new Chart(id, title, json(option), points, height);
    }

    /** One point per item, in groups (legend entries); each point is {@code {name, value: [x, y], href}}. */
    public static Chart scatter(String id, String title, String xName, ValueFormat xFormat, Range xRange,
            String yName, ValueFormat yFormat, Range yRange, List<Series> groups) {
        Map<String, Object> option = base(title, yFormat, "item");
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) option.get("meta");
        meta.put("xFormat", xFormat.name());
        meta.put("xName", xName);
        meta.put("yName", yName);
        option.put("xAxis", fit(axis("value", xName), xRange));
        option.put("yAxis", fit(axis("value", yName), yRange));
        option.put("series", groups.stream().map(Charts::series).toList());
        int points = groups.stream().mapToInt(g -> g.data().size()).sum();
        return new Chart(id, title, json(option), points, 560);
    }

    /**
     * A choropleth of US states and territories: {@code data} holds {@code {name: postal code, value, href}}. The
     * boundaries are shipped with the app ({@code /geo/us-states.json}, see docs/dashboard.md) and fetched from it by
     * {@code app.js}; nothing comes from elsewhere.
     */
    public static Chart map(String id, String title, String valueName, ValueFormat format,
            List<Map<String, Object>> data) {
        Map<String, Object> option = base(title, format, "item");
        option.remove("legend");
        option.remove("grid");
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) option.get("meta");
        meta.put("map", MAP_NAME);
        meta.put("geoJson", MAP_PATH);
        List<Double> values = data.stream().map(d -> ((Number) d.get("value")).doubleValue()).sorted().toList();
        Map<String, Object> visualMap = new LinkedHashMap<>();
        // Quintiles, not a linear scale: one outlier state would otherwise leave all the others the same pale colour.
        visualMap.put("type", "piecewise");
        visualMap.put("pieces", quantilePieces(values, 5));
        visualMap.put("left", "left");
        visualMap.put("bottom", 10);
        visualMap.put("inRange", Map.of("color", List.of("#eaf1f8", "#9cc3e4", "#3a7dbb", "#123e6b")));
        option.put("visualMap", visualMap);
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "map");
        series.put("name", valueName);
        series.put("map", MAP_NAME);
        series.put("aspectScale", 1);
        series.put("roam", false);
        series.put("selectedMode", false);
        series.put("top", 40);
        series.put("bottom", 50);
        series.put("itemStyle", Map.of("areaColor", "#d9dee3", "borderColor", "#ffffff", "borderWidth", 0.6));
        series.put("emphasis", Map.of("label", Map.of("show", false), "itemStyle",
                Map.of("borderColor", "#1d2630", "borderWidth", 1.2)));
        series.put("data", data);
        option.put("series", List.of(series));
        return new Chart(id, title, json(option), data.size(), 520);
    }

    /**
     * Up to {@code groups} pieces {@code {min, max}} that split sorted values into groups of (nearly) equal size,
     * highest first; equal bounds merge.
     */
    static List<Map<String, Object>> quantilePieces(List<Double> sorted, int groups) {
        List<Map<String, Object>> pieces = new ArrayList<>();
        int n = sorted.size();
        if (n == 0) {
            return pieces;
        }
        int count = Math.min(groups, n);
        double lower = sorted.getFirst();
        for (int g = 1; g <= count; g++) {
            double upper = sorted.get((int) Math.ceil(g * (double) n / count) - 1);
            if (pieces.isEmpty() || upper > lower) {
                Map<String, Object> piece = new LinkedHashMap<>();
                piece.put("min", lower);
                piece.put("max", upper);
                pieces.add(0, piece);
                lower = upper;
            }
        }
        return pieces;
    }

    /** The name the state boundaries are registered under in ECharts, and where the app serves them. */
    static final String MAP_NAME = "us-states";
    static final String MAP_PATH = "/geo/us-states.json";

    /** Five-number summaries (p10, p25, median, p75, p90) per category, drawn as boxes with whiskers at p10 and p90. */
    public static Chart boxplot(String id, String title, String xName, List<String> categories, String yName,
            ValueFormat format, List<List<Double>> summaries) {
        Map<String, Object> option = base(title, format, "item");
        Map<String, Object> categoryAxis = axis("category", xName);
        categoryAxis.put("data", categories);
        option.put("xAxis", categoryAxis);
        option.put("yAxis", axis("value", yName));
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("type", "boxplot");
        series.put("name", "p10 / p25 / median / p75 / p90");
        series.put("data", summaries);
        option.put("series", List.of(series));
        return new Chart(id, title, json(option), summaries.size(), Chart.DEFAULT_HEIGHT);
    }

    private static Map<String, Object> base(String title, ValueFormat format, String trigger) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("title", Map.of("text", title, "left", "center", "textStyle", Map.of("fontSize", 14)));
        option.put("tooltip", Map.of("trigger", trigger, "confine", true));
        option.put("legend", Map.of("top", 26, "type", "scroll"));
        option.put("grid", Map.of("left", 70, "right", 30, "top", 64, "bottom", 60, "containLabel", true));
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("format", format.name());
        option.put("meta", meta);
        option.put("animation", false);
        return option;
    }

    private static Map<String, Object> axis(String type, String name) {
        Map<String, Object> axis = new LinkedHashMap<>();
        axis.put("type", type);
        axis.put("name", name);
        axis.put("nameLocation", "middle");
        axis.put("nameGap", type.equals("category") ? 34 : 48);
        if (type.equals("value")) {
            axis.put("scale", false);
        }
        return axis;
    }

    private static Map<String, Object> fit(Map<String, Object> axis, Range range) {
        if (range != null) {
            axis.put("min", range.min());
            axis.put("max", range.max());
        }
        return axis;
    }

    private static Map<String, Object> series(Series s) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", s.name());
        map.put("type", s.type());
        map.put("data", s.data());
        map.putAll(s.extra());
        return map;
    }

    /** A value rounded for a chart (3 decimals; percentages of a share with 2). */
    public static Object point(Object value, ValueFormat format) {
        if (!(value instanceof Number n)) {
            return null;
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return null;
        }
        return switch (format) {
            case PERCENT -> Math.round(d * 10_000) / 100.0;
            case INTEGER -> Math.round(d);
            case HPRD, RATIO -> Math.round(d * 1000) / 1000.0;
        };
    }

    /** A column of result rows as chart points. */
    public static List<Object> points(List<List<Object>> rows, int index, ValueFormat format) {
        List<Object> points = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            points.add(point(row.get(index), format));
        }
        return points;
    }

    static String json(Object option) {
        try {
            return JSON.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
