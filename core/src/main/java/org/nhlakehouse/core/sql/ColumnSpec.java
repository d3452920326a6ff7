package org.nhlakehouse.core.sql;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A column of a Silver or Gold table, as declared in {@code sql/tables/*.yaml}.
 *
 * @param name column name
 * @param type logical type: varchar, bigint, double, decimal(p,s), date, timestamp or boolean
 * @param description what the column holds; for metrics, the CMS definition
 * @param unit the unit of a metric, e.g. "hours per resident per day"
 * @param formula how a metric is computed
 * @param source the CMS document a metric follows (a key of the sources listed in gold.yaml)
 * @param measure on an aggregate's column, the ratio measure it holds (a {@link Measure} declared on
 *        {@code fct_facility_quarter}), computed over the aggregate's own sums by {@code {{ measures(table, alias) }}}
 */
public record ColumnSpec(String name, String type, String description, Optional<String> unit, Optional<String> formula,
        Optional<String> source, Optional<String> measure) {

    private static final Pattern TYPE = Pattern.compile("varchar|bigint|double|date|timestamp|boolean|decimal\\(\\d+,\\d+\\)");

    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("Column " + name + " has an unknown type " + type);
        }
        description = description == null ? "" : description;
    }

    public static ColumnSpec of(String name, String type, String description) {
        return new ColumnSpec(name, type, description, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
