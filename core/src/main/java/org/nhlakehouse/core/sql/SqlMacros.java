package org.nhlakehouse.core.sql;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.nhlakehouse.core.engine.SqlDialect;

/**
 * The few constructs DuckDB and Athena (Trino) spell differently, written once per dialect. Statements call them as
 * {@code {{ macro(arguments) }}}; everything else in {@code sql/} is SQL both engines accept as is.
 *
 * <p>
 * Arguments are SQL expressions; a pattern argument is a SQL string literal holding an RE2 regular expression (both
 * engines use RE2) that must match the whole value.
 */
public final class SqlMacros {

    private static final Map<String, BiFunction<List<String>, SqlDialect, String>> MACROS = Map.ofEntries(
            Map.entry("matches", SqlMacros::matches),
            Map.entry("iso_day_of_week", (args, dialect) -> {
                requireArity("iso_day_of_week", args, 1);
                // DuckDB: isodow (Mon=1..Sun=7); Trino/Athena: day_of_week, also ISO.
                return (dialect == SqlDialect.DUCKDB ? "isodow(" : "day_of_week(") + args.getFirst() + ")";
            }),
            Map.entry("ordered_string_agg", (args, dialect) -> {
                requireArity("ordered_string_agg", args, 2);
                return dialect == SqlDialect.DUCKDB
                        ? "string_agg(" + args.get(0) + ", " + args.get(1) + " order by " + args.get(0) + ")"
                        : "array_join(array_agg(" + args.get(0) + " order by " + args.get(0) + "), " + args.get(1) + ")";
            }),
            Map.entry("csv_line", (args, dialect) -> csvLine(args)),
            Map.entry("joined_text", SqlMacros::joinedText),
            Map.entry("reason_or_duplicate", SqlMacros::reasonOrDuplicate),
            Map.entry("batch_rank", SqlMacros::batchRank),
            Map.entry("materialized", SqlMacros::materialized),
            Map.entry("hours_reason", SqlMacros::hoursReason),
            Map.entry("number_reason", SqlMacros::numberReason),
            Map.entry("out_of_range", SqlMacros::outOfRange),
            Map.entry("known_state", SqlMacros::knownState),
            Map.entry("percentile", SqlMacros::percentile));

    /**
     * The state codes a CMS file may carry: the 50 states, DC, and the territories CMS certifies nursing homes in
     * (Puerto Rico, Guam, the U.S. Virgin Islands, the Northern Mariana Islands, American Samoa).
     */
    public static final List<String> STATE_CODES = List.of("AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL",
            "GA", "HI", "IA", "ID", "IL", "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC",
            "ND", "NE", "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VA",
            "VT", "WA", "WI", "WV", "WY", "PR", "GU", "VI", "MP", "AS");

    private static final java.util.regex.Pattern NUMBER_TYPE = java.util.regex.Pattern.compile(
            "decimal\\([0-9]{1,2},[0-9]{1,2}\\)|double|bigint");

    private SqlMacros() {
    }

    public static Set<String> names() {
        return MACROS.keySet();
    }

    static String expand(String name, List<String> arguments, SqlDialect dialect) {
        BiFunction<List<String>, SqlDialect, String> macro = MACROS.get(name);
        if (macro == null) {
            throw new IllegalArgumentException("Unknown SQL macro " + name + "; known: "
                    + MACROS.keySet().stream().sorted().collect(Collectors.joining(", ")));
        }
        return macro.apply(arguments, dialect);
    }

    /** {@code matches(value, 'regex')}: true when the whole value matches; NULL for a NULL value. */
    private static String matches(List<String> args, SqlDialect dialect) {
        requireArity("matches", args, 2);
        String pattern = stringLiteral("matches", args.get(1));
        return dialect == SqlDialect.DUCKDB
                ? "regexp_full_match(" + args.get(0) + ", '" + pattern + "')"
                : "regexp_like(" + args.get(0) + ", '^(?:" + pattern + ")$')";
    }

    /**
     * {@code name as {{ materialized() }} (...)}: a CTE that several parts of a statement read, computed once. DuckDB
     * otherwise inlines it into each reader (and so computes it again for each); Trino and Athena have no such hint and
     * plan CTEs themselves, so the macro renders nothing there.
     */
    private static String materialized(List<String> args, SqlDialect dialect) {
        requireArity("materialized", args, 0);
        return dialect == SqlDialect.DUCKDB ? "materialized" : "";
    }

    /**
     * {@code hours_reason(expr, 'Hrs_RN_emp', required)}: why a PBJ hours value cannot be typed, or NULL when it can:
     * a non-negative decimal with at most 4 decimals. {@code required} is {@code true} for totals and employee hours;
     * an empty contract-hours value is allowed (Silver derives it as total - employee).
     */
    private static String hoursReason(List<String> args, SqlDialect dialect) {
        requireArity("hours_reason", args, 3);
        String value = args.get(0);
        String column = stringLiteral("hours_reason", args.get(1));
        boolean required = Boolean.parseBoolean(args.get(2));
        return "case"
                + (required ? " when " + value + " is null then 'hours_missing:" + column + "'" : "")
                + " when " + value + " is null then null"
                + " when " + matches(List.of(value, "'[0-9]+(\\.[0-9]{1,4})?'"), dialect) + " then null"
                + " when " + matches(List.of(value, "'-[0-9]*\\.?[0-9]+'"), dialect)
                + " then 'hours_negative:" + column + "'"
                + " when " + matches(List.of(value, "'[0-9]+\\.[0-9]+'"), dialect)
                + " then 'hours_precision:" + column + "'"
                + " else 'hours_non_numeric:" + column + "' end";
    }

    /**
     * {@code number_reason(expr, 'Number of Certified Beds', signed, 'decimal(18,4)')}: why a Provider Info number
     * cannot be typed, or NULL when it is empty or a plain decimal that fits the SQL type it is cast to (a value too
     * large for it would otherwise become NULL silently).
     */
    private static String numberReason(List<String> args, SqlDialect dialect) {
        requireArity("number_reason", args, 4);
        String value = args.get(0);
        String column = stringLiteral("number_reason", args.get(1));
        boolean signed = Boolean.parseBoolean(args.get(2));
        String type = stringLiteral("number_reason", args.get(3));
        if (!NUMBER_TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("number_reason: not a numeric SQL type: " + type);
        }
        String pattern = signed ? "'-?[0-9]+(\\.[0-9]+)?'" : "'[0-9]+(\\.[0-9]+)?'";
        return "case when " + value + " is null then null when not " + matches(List.of(value, pattern), dialect)
                + " then 'number_non_numeric:" + column + "' when try_cast(" + value + " as " + type
                + ") is null then 'number_out_of_range:" + column + "' end";
    }

    /**
     * {@code out_of_range(text, typed, 'reason')}: the reason when a well-formed value did not survive its cast (too
     * large for its SQL type), else NULL.
     */
    private static String outOfRange(List<String> args, SqlDialect dialect) {
        requireArity("out_of_range", args, 3);
        return "case when " + args.get(0) + " is not null and " + args.get(1) + " is null then '"
                + stringLiteral("out_of_range", args.get(2)) + "' end";
    }

    /** {@code known_state(expr)}: true when the value is one of {@link #STATE_CODES}. */
    private static String knownState(List<String> args, SqlDialect dialect) {
        requireArity("known_state", args, 1);
        return args.getFirst() + " in (" + STATE_CODES.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "))
                + ")";
    }

    /** {@code csv_line(a, b, ...)}: the values as one CSV line, each quoted when it must be (for quarantine text). */
    private static String csvLine(List<String> args) {
        return args.stream()
                .map(a -> "(case when strpos(" + a + ", ',') > 0 or strpos(" + a + ", '\"') > 0 then '\"' || replace(" + a
                        + ", '\"', '\"\"') || '\"' else coalesce(" + a + ", '') end)")
                .collect(Collectors.joining(" || ',' || "));
    }

    /**
     * {@code joined_text(a, b, ...)}: the values joined by {@code |}, a NULL as empty text, e.g. to check many values
     * with one regular expression. DuckDB's {@code concat} already reads NULL as empty and joins in one call (a chain of
     * {@code ||} and {@code coalesce} over 24 values costs more than the regular expression it feeds); Trino's
     * {@code concat} returns NULL for any NULL, so there each value is coalesced.
     */
    private static String joinedText(List<String> args, SqlDialect dialect) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("joined_text takes at least one argument");
        }
        return dialect == SqlDialect.DUCKDB
                ? "concat(" + String.join(", '|', ", args) + ")"
                : args.stream().map(a -> "coalesce(" + a + ", '')").collect(Collectors.joining(" || '|' || "));
    }

    /**
     * {@code reason_or_duplicate(k, key, ...)}: in a typing statement, the reason of row {@code k} (a table alias whose
     * rows carry {@code reason}, {@code file_id} and {@code line_number}), else {@code 'duplicate_in_file'} when a later
     * line of its file has a valid row with the same key: of the valid rows sharing a key in one file, the last line
     * wins.
     */
    private static String reasonOrDuplicate(List<String> args, SqlDialect dialect) {
        String row = rowAlias("reason_or_duplicate", args);
        String keys = String.join(", ", args.subList(1, args.size()));
        return "case when " + row + ".reason is not null then " + row + ".reason when row_number() over (partition by "
                + row + ".reason is null, " + row + ".file_id, " + keys + " order by " + row + ".line_number desc) > 1"
                + " then 'duplicate_in_file' end";
    }

    /**
     * {@code batch_rank(d, key, ...)}: among the batch's kept rows with the same key, 1 for the row of the file with the
     * greatest precedence and 2, 3, ... for the others (which the superseded-rows log records); NULL for a rejected
     * row. {@code d} is a table alias whose rows carry {@code reject_reason} and {@code precedence}.
     */
    private static String batchRank(List<String> args, SqlDialect dialect) {
        String row = rowAlias("batch_rank", args);
        String keys = String.join(", ", args.subList(1, args.size()));
        return "case when " + row + ".reject_reason is null then row_number() over (partition by " + row
                + ".reject_reason is null, " + keys + " order by " + row + ".precedence desc) end";
    }

    private static String rowAlias(String macro, List<String> args) {
        if (args.size() < 2 || !args.getFirst().matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException(macro + " takes a table alias and at least one key column, got " + args);
        }
        return args.getFirst();
    }

    /**
     * {@code percentile(p)}: the p-th percentile (0..1, linear interpolation between closest ranks, as DuckDB's
     * quantile_cont and numpy's default) of {@code value}, inside a GROUP BY over rows that carry {@code value}, their
     * rank {@code value_rank} (1-based, ascending) and their group's size {@code value_count}. Written in plain SQL so
     * both engines compute it exactly alike (Trino only has an approximate percentile).
     */
    private static String percentile(List<String> args, SqlDialect dialect) {
        requireArity("percentile", args, 1);
        String p = args.getFirst();
        String rowH = "(value_count - 1) * " + p;
        String groupH = "(max(value_count) - 1) * " + p;
        String lower = "max(case when value_rank = floor(" + rowH + ") + 1 then value end)";
        String upper = "max(case when value_rank = floor(" + rowH + ") + 2 then value end)";
        return "(" + lower + " + (" + groupH + " - floor(" + groupH + ")) * (coalesce(" + upper + ", " + lower + ") - "
                + lower + "))";
    }

    private static String stringLiteral(String macro, String argument) {
        if (argument.length() < 2 || !argument.startsWith("'") || !argument.endsWith("'")
                || argument.substring(1, argument.length() - 1).contains("'")) {
            throw new IllegalArgumentException(macro + ": expected a string literal without quotes inside, got "
                    + argument);
        }
        return argument.substring(1, argument.length() - 1);
    }

    private static void requireArity(String macro, List<String> args, int arity) {
        if (args.size() != arity) {
            throw new IllegalArgumentException(macro + " takes " + arity + " argument(s), got " + args.size() + ": "
                    + args);
        }
    }
}
