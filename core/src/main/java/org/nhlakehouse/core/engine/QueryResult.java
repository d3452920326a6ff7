package org.nhlakehouse.core.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A statement's whole result, read page by page into memory; for small results (counts, lookups, tests). */
public record QueryResult(List<ResultColumn> columns, List<List<Object>> rows, QueryStats stats) {

    public QueryResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public int columnIndex(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("No column " + name + " in " + columnNames());
    }

    public List<String> columnNames() {
        return columns.stream().map(ResultColumn::name).toList();
    }

    /** The only value of a one-row, one-column result. */
    public Object singleValue() {
        if (rows.size() != 1 || columns.size() != 1) {
            throw new IllegalStateException(
                    "Expected one row and one column, got " + rows.size() + " rows and " + columns.size() + " columns");
        }
        return rows.getFirst().getFirst();
    }

    public long singleLong() {
        Object value = singleValue();
        if (value instanceof Number number) {
            return number.longValue();
        }
        throw new IllegalStateException("Expected a number, got " + value);
    }

    /** Rows as column-name to value maps, in column order. */
    public List<Map<String, Object>> asMaps() {
        List<Map<String, Object>> maps = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                map.put(columns.get(i).name(), row.get(i));
            }
            maps.add(map);
        }
        return maps;
    }
}
