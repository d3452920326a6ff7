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
     * <li>{@code update_columns(schema.table, s)}, {@code insert_columns(schema.table)} and
     * {@code insert_values(schema.table, s)}: a MERGE's {@code update set} (every column but the key), {@code insert}
     * and {@code values} lists, in the table's declared column order, so a column added to the declaration is written
     * by the MERGE without a list to keep in step;
     * <li>in a step run for a table, that table's natural key: {@code natural_key(alias)} (the key's values as one text,
     * e.g. {@code 015009|2024-04-01}) and {@code same_natural_key(a, b)} (the join condition on it).
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
        Function<List<String>, String> updateColumns = args -> {
            TableSpec table = table(tables, "update_columns", args, 2);
            return table.columnNames().stream().filter(column -> !table.key().contains(column))
                    .map(column -> column + " = " + args.get(1) + "." + column).collect(Collectors.joining(",\n    "));
        };
        Function<List<String>, String> insertColumns = args -> wrapped(table(tables, "insert_columns", args, 1)
                .columnNames());
        Function<List<String>, String> insertValues = args -> wrapped(table(tables, "insert_values", args, 2)
                .columnNames().stream().map(column -> args.get(1) + "." + column).toList());
        return Map.of("measure", measure, "update_columns", updateColumns, "insert_columns", insertColumns,
                "insert_values", insertValues, "natural_key", naturalKey, "same_natural_key", sameNaturalKey);
    }

    /** A MERGE list, comma-separated, wrapped at 120 characters on lines indented like the statement's clauses. */
    private static String wrapped(List<String> items) {
        StringBuilder out = new StringBuilder();
        int lineLength = 4;
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i) + (i < items.size() - 1 ? "," : "");
            if (i > 0 && lineLength + 1 + item.length() > 120) {
                out.append("\n    ");
                lineLength = 4;
            } else if (i > 0) {
                out.append(' ');
                lineLength++;
            }
            out.append(item);
            lineLength += item.length();
        }
        return out.toString();
    }

    /** The table a MERGE-list macro names, as {@code schema.table} (its first argument); the rest are aliases. */
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
