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

    private Charts() {
    }

    /** Values along categories (quarters, days, states, files): lines, bars, or both. */
    public static Chart categories(String id, String title, String xName, List<String> categories, String yName,
            ValueFormat format, List<Series> series, boolean horizontal) {
        Map<String, Object> option = base(title, format, "axis");
        Map<String, Object> categoryAxis = axis("category", xName);
        categoryAxis.put("data", categories);
        Map<String, Object> valueAxis = axis("value", yName);
        if (horizontal) {
            // Long category labels (file names, states) would run into a name placed beside them: name the axis above.
            categoryAxis.put("inverse", true);
            categoryAxis.put("nameLocation", "start");
            categoryAxis.put("nameGap", 10);
            option.put("xAxis", valueAxis);
            option.put("yAxis", categoryAxis);
        } else {
            option.put("xAxis", categoryAxis);
            option.put("yAxis", valueAxis);
        }
        option.put("series", series.stream().map(Charts::series).toList());
        int points = series.stream().mapToInt(s -> (int) s.data().stream().filter(v -> v != null).count()).sum();
        return new Chart(id, title, json(option), points, horizontal && categories.size() > 15);
    }

    /** One point per item, in groups (legend entries); each point is {@code {name, value: [x, y], href}}. */
    public static Chart scatter(String id, String title, String xName, ValueFormat xFormat, String yName,
            ValueFormat yFormat, List<Series> groups) {
        Map<String, Object> option = base(title, yFormat, "item");
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) option.get("meta");
        meta.put("xFormat", xFormat.name());
        meta.put("xName", xName);
        meta.put("yName", yName);
        option.put("xAxis", axis("value", xName));
        option.put("yAxis", axis("value", yName));
        option.put("series", groups.stream().map(Charts::series).toList());
        int points = groups.stream().mapToInt(g -> g.data().size()).sum();
        return new Chart(id, title, json(option), points, true);
    }

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
        return new Chart(id, title, json(option), summaries.size(), false);
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
