package org.nhlakehouse.core.sql;

import java.util.List;
import java.util.Objects;

/**
 * A Silver, Gold or ops table, as declared in {@code sql/tables/*.yaml}.
 *
 * @param schema the logical schema: silver, gold or ops
 * @param name table name
 * @param description what one row is
 * @param key the natural key (MERGE ON columns)
 * @param partitionedBy Iceberg partition transforms, e.g. {@code year(work_date)}; never by month or state: Athena
 *        writes at most 100 partitions per statement, and one batch may span more months than that
 * @param columns the columns, in order
 */
public record TableSpec(String schema, String name, String description, List<String> key, List<String> partitionedBy,
        List<ColumnSpec> columns) {

    public TableSpec {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        key = List.copyOf(key);
        partitionedBy = List.copyOf(partitionedBy);
        columns = List.copyOf(columns);
        for (String keyColumn : key) {
            if (columns.stream().noneMatch(c -> c.name().equals(keyColumn))) {
                throw new IllegalArgumentException(schema + "." + name + ": key column " + keyColumn + " is not a column");
            }
        }
    }

    public List<String> columnNames() {
        return columns.stream().map(ColumnSpec::name).toList();
    }

    public ColumnSpec column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(schema + "." + name + " has no column " + columnName));
    }
}
