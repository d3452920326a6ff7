package org.nhlakehouse.dashboard.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds links from normalized filter values, so that every link (sorting, paging, exports, facility pages) keeps the
 * page's filters in its URL. Unset values are left out.
 */
public final class QueryString {

    private final Map<String, String> values = new LinkedHashMap<>();

    public static QueryString create() {
        return new QueryString();
    }

    public QueryString with(String name, Object value) {
        QueryString copy = copy();
        String text = switch (value) {
            case null -> "";
            case Optional<?> optional -> optional.map(QueryString::text).orElse("");
            default -> text(value);
        };
        if (text.isEmpty()) {
            copy.values.remove(name);
        } else {
            copy.values.put(name, text);
        }
        return copy;
    }

    private static String text(Object value) {
        return value instanceof Choice choice ? choice.param() : value.toString();
    }

    public QueryString without(String name) {
        QueryString copy = copy();
        copy.values.remove(name);
        return copy;
    }

    private QueryString copy() {
        QueryString copy = new QueryString();
        copy.values.putAll(values);
        return copy;
    }

    /** The values by name, in the order they were added (the filters of a JSON export). */
    public Map<String, String> values() {
        return java.util.Collections.unmodifiableMap(values);
    }

    /** The path with this query string, e.g. {@code /facilities?quarter=2023Q2&state=RI}. */
    public String link(String path) {
        String query = toString();
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** The values joined for a file name: {@code quarter-2023Q2_state-RI}. */
    public String fileNamePart() {
        return values.entrySet().stream().map(e -> e.getKey() + "-" + e.getValue())
                .collect(Collectors.joining("_"));
    }

    @Override
    public String toString() {
        return values.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
