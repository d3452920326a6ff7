package org.nhlakehouse.core.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads one {@code sql/tables/<schema>.yaml} file into table specs. */
final class TableCatalog {
    private TableCatalog() {
    }

    /** The {@code sources} of a file: citation keys (as used by columns' {@code source}) and their full text. */
    static Map<String, String> sources(JsonNode file) {
        Map<String, String> sources = new LinkedHashMap<>();
        file.path("sources").properties().forEach(e -> sources.put(e.getKey(), e.getValue().asText().strip()));
        return sources;
    }

    /**
     * The ratio measures a file declares: each column with {@code ratio: [numerator, denominator]}, by column name. A
     * measure is declared once; the models that compute it at other levels call it by this name.
     */
    static Map<String, Measure> measures(JsonNode file) {
        Map<String, Measure> measures = new LinkedHashMap<>();
        for (JsonNode table : file.path("tables")) {
            for (JsonNode column : table.path("columns")) {
                if (column.hasNonNull("ratio")) {
                    String name = column.path("name").asText();
                    if (measures.put(name, Measure.parse(name, strings(column.get("ratio")))) != null) {
                        throw new IllegalArgumentException(file.path("schema").asText() + ".yaml: measure " + name
                                + " is declared twice");
                    }
                }
            }
        }
        return measures;
    }

    static List<TableSpec> parse(JsonNode file) {
        String schema = file.path("schema").asText();
        Map<String, String> sources = sources(file);
        Map<String, TableSpec> tables = new LinkedHashMap<>();
        for (JsonNode table : file.path("tables")) {
            String name = table.path("name").asText();
            List<ColumnSpec> columns;
            List<String> key;
            if (table.hasNonNull("staging_of")) {
                TableSpec target = tables.get(table.get("staging_of").asText());
                if (target == null) {
                    throw new IllegalArgumentException(schema + ".yaml: " + name + " is staging_of an undeclared table");
                }
                columns = stagingColumns(target);
                key = List.of("batch_id", "file_id", "line_number");
            } else if (table.hasNonNull("columns_like")) {
                TableSpec like = tables.get(table.get("columns_like").asText());
                if (like == null) {
                    throw new IllegalArgumentException(schema + ".yaml: " + name + " is columns_like an undeclared table");
                }
                columns = like.columns();
                key = strings(table.path("key"));
            } else {
                columns = new ArrayList<>();
                for (JsonNode column : table.path("columns")) {
                    Optional<String> source = text(column, "source");
                    if (source.isPresent() && !sources.containsKey(source.get())) {
                        throw new IllegalArgumentException(schema + ".yaml: " + name + "." + column.path("name").asText()
                                + " cites source " + source.get() + ", which is not in the file's sources");
                    }
                    columns.add(new ColumnSpec(column.path("name").asText(), column.path("type").asText(),
                            column.path("description").asText(""), text(column, "unit"), text(column, "formula"),
                            source, text(column, "measure")));
                }
                key = strings(table.path("key"));
            }
            tables.put(name, new TableSpec(schema, name, table.path("description").asText("").strip(), key,
                    strings(table.path("partitioned_by")), columns));
        }
        return List.copyOf(tables.values());
    }

    /** A staging table: the batch id, the target's columns, and why/how each row goes on. */
    private static List<ColumnSpec> stagingColumns(TableSpec target) {
        List<ColumnSpec> columns = new ArrayList<>();
        columns.add(ColumnSpec.of("batch_id", "varchar", "The batch: a hash of the file ids processed together"));
        columns.addAll(target.columns());
        columns.add(ColumnSpec.of("reject_reason", "varchar", "Why the row cannot be kept, or NULL"));
        columns.add(ColumnSpec.of("raw_text", "varchar", "The row as read, for rejected rows"));
        columns.add(ColumnSpec.of("batch_rank", "bigint", "1 for the valid row that wins its natural key in the batch"));
        return columns;
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
