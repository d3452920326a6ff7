package org.nhlakehouse.core.sql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.nhlakehouse.core.landing.Dataset;

/**
 * The placeholders whose SQL comes from the table declarations ({@code sql/tables/*.yaml}), not from the run or the
 * engine: {@link SqlCatalog} fills them in when it loads a statement (see {@link SqlTemplate#bind}), so the rendered
 * statement is plain SQL like the rest, and what they spell out is written in one place.
 */
final class DeclaredMacros {

    /** The type of summed hours in Gold's aggregates, wide enough for a nation's quarter. */
    private static final String HOURS_TYPE = "decimal(22,4)";

    private DeclaredMacros() {
    }

    /**
     * What a step run for a table fills in: {@code {{ table }}}, its staging table {@code {{ staging_table }}} (the
     * table's name after {@code stg_}) and its dataset's id as a literal, {@code {{ dataset_id }}}.
     */
    static Map<String, String> keyedVariables(Map<String, TableSpec> tables, TableSpec table,
            Dataset dataset) {
        String staging = "stg_" + table.name();
        if (!tables.containsKey(table.schema() + "." + staging)) {
            throw new IllegalArgumentException("sql/tables: " + table.name() + " has no staging table " + staging);
        }
        return Map.of("table", table.name(), "staging_table", staging, "dataset_id", "'" + dataset.id() + "'");
    }

    /**
     * The macros whose text comes from the table declarations, not from the engine, filled in at load:
     * <ul>
     * <li>{@code measure(name, alias)}: a ratio measure over the sums of {@code alias} (see {@link Measure});
     * <li>{@code update_set(schema.table, s)}: a MERGE's {@code update set} list, every column but the key, each from
     * {@code s}; {@code columns(schema.table)} and {@code columns(schema.table, s)}: the table's columns, bare (an
     * {@code insert} list) or from {@code s} (its {@code values}, a select list). Both in the table's declared order, so
     * a column added to the declaration is written by the MERGE without a list to keep in step;
     * <li>in a step run for a table, that table's natural key: {@code natural_key(alias)} (the key's values as one text,
     * e.g. {@code 015009|2024-04-01}) and {@code same_natural_key(a, b)} (the join condition on it);
     * <li>{@code measures(schema.table, s)}: the ratio columns of an aggregate table, each column declared with
     * {@code measure: name} as that measure over the sums of {@code s} ({@code <measure> as <column>}), in the
     * declared order: the state and the national level compute the same list from the one declaration;
     * <li>{@code hour_sums(schema.table, f)}: an aggregate's hours, each column of the table declared
     * {@code decimal(22,4)} as the sum of the same column of {@code f} (the state level sums facilities, the national
     * level states), in the declared order. Summed as DECIMAL, so a total does not depend on the order of the rows.
     * </ul>
     */
    static Map<String, Function<List<String>, String>> of(Map<String, TableSpec> tables, Map<String, Measure> measures,
            Optional<TableSpec> keyed) {
        Function<List<String>, String> naturalKey = args -> {
            TableSpec table = keyedBy(keyed, "natural_key", args, 1);
            return table.key().stream().map(column -> table.column(column).type().equals("varchar")
                    ? args.getFirst() + "." + column
                    : "cast(" + args.getFirst() + "." + column + " as varchar)").collect(Collectors.joining(" || '|' || "));
        };
        Function<List<String>, String> sameNaturalKey = args -> keyedBy(keyed, "same_natural_key", args, 2).key()
                .stream().map(column -> args.get(0) + "." + column + " = " + args.get(1) + "." + column)
                .collect(Collectors.joining(" and "));
        Function<List<String>, String> measure = args -> {
            requireIdentifiers("measure", args, 2);
            Measure declared = measures.get(args.get(0));
            if (declared == null) {
                throw new IllegalArgumentException("no measure " + args.get(0) + " is declared (ratio: in "
                        + "sql/tables/gold.yaml); declared: " + String.join(", ", measures.keySet()));
            }
            return declared.sql(args.get(1));
        };
        Function<List<String>, String> measureColumns = args -> {
            TableSpec table = table(tables, "measures", args, 2);
            return table.columns().stream().filter(column -> column.measure().isPresent())
                    .map(column -> measure.apply(List.of(column.measure().get(), args.get(1))) + " as " + column.name())
                    .collect(Collectors.joining(",\n"));
        };
        Function<List<String>, String> updateSet = args -> {
            TableSpec table = table(tables, "update_set", args, 2);
            return table.columnNames().stream().filter(column -> !table.key().contains(column))
                    .map(column -> column + " = " + args.get(1) + "." + column).collect(Collectors.joining(",\n"));
        };
        Function<List<String>, String> columns = args -> {
            TableSpec table = table(tables, "columns", args, args.size() == 2 ? 2 : 1);
            String prefix = args.size() == 2 ? args.get(1) + "." : "";
            return wrapped(table.columnNames().stream().map(column -> prefix + column).toList());
        };
        Function<List<String>, String> hourSums = args -> {
            TableSpec table = table(tables, "hour_sums", args, 2);
            return table.columnNames().stream().filter(column -> table.column(column).type().equals(HOURS_TYPE))
                    .map(column -> "cast(sum(" + args.get(1) + "." + column + ") as " + HOURS_TYPE + ") as " + column)
                    .collect(Collectors.joining(",\n"));
        };
        return Map.of("measure", measure, "measures", measureColumns, "update_set", updateSet, "columns", columns,
                "natural_key", naturalKey, "same_natural_key", sameNaturalKey, "hour_sums", hourSums);
    }

    /**
     * A column list, comma-separated, in lines of at most 108 characters (the template indents them like the line the
     * placeholder stands on, see {@link SqlTemplate#bind}).
     */
    private static String wrapped(List<String> items) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) + (i < items.size() - 1 ? "," : "");
            if (i > 0 && lineLength + 1 + item.length() > 108) {
                out.append('\n');
                lineLength = 0;
            } else if (i > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(item);
            lineLength += item.length();
        }
        return out.toString();
    }

    /** The table a column-list macro names, as {@code schema.table} (its first argument); the rest are aliases. */
    private static TableSpec table(Map<String, TableSpec> tables, String macro, List<String> args, int arity) {
        if (args.size() != arity) {
            throw new IllegalArgumentException(macro + " takes " + arity + " argument(s), got " + args);
        }
        requireIdentifiers(macro, args.subList(1, arity), arity - 1);
        TableSpec table = tables.get(args.getFirst());
        if (table == null) {
            throw new IllegalArgumentException(macro + ": no table " + args.getFirst() + " is declared in sql/tables");
        }
        return table;
    }

    private static void requireIdentifiers(String macro, List<String> args, int arity) {
        if (args.size() != arity || !args.stream().allMatch(a -> a.matches("[a-z_][a-z0-9_]*"))) {
            throw new IllegalArgumentException(macro + " takes " + arity + " name(s), got " + args);
        }
    }

    private static TableSpec keyedBy(Optional<TableSpec> keyed, String macro, List<String> args, int arity) {
        requireIdentifiers(macro, args, arity);
        return keyed.orElseThrow(() -> new IllegalArgumentException(macro + " needs a step run for a table"
                + " (table: in sql/manifest.yaml)"));
    }

}
