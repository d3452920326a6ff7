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
     * {@code measure(name, alias)} (see {@link Measure}) and, in a step run for a table, that table's natural key:
     * {@code natural_key(alias)} (the key's values as one text, e.g. {@code 015009|2024-04-01}) and
     * {@code same_natural_key(a, b)} (the join condition on it).
     */
    static Map<String, Function<List<String>, String>> of(Map<String, Measure> measures,
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
            if (args.size() != 2) {
                throw new IllegalArgumentException("measure takes (name, alias), got " + args);
            }
            Measure declared = measures.get(args.get(0));
            if (declared == null) {
                throw new IllegalArgumentException("no measure " + args.get(0) + " is declared (ratio: in "
                        + "sql/tables/gold.yaml); declared: " + String.join(", ", measures.keySet()));
            }
            return declared.sql(args.get(1));
        };
        return Map.of("measure", measure, "natural_key", naturalKey, "same_natural_key", sameNaturalKey);
    }

    private static TableSpec keyedBy(Optional<TableSpec> keyed, String macro, List<String> args, int arity) {
        if (args.size() != arity || !args.stream().allMatch(a -> a.matches("[a-z_][a-z0-9_]*"))) {
            throw new IllegalArgumentException(macro + " takes " + arity + " table alias(es), got " + args);
        }
        return keyed.orElseThrow(() -> new IllegalArgumentException(macro + " needs a step run for a table"
                + " (table: in sql/manifest.yaml)"));
    }

}
