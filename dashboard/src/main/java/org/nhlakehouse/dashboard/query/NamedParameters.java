package org.nhlakehouse.dashboard.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nhlakehouse.core.engine.SqlValue;
import org.nhlakehouse.core.sql.SqlComments;

/**
 * The one binder of the dashboard's queries: turns the named parameters of a rendered statement ({@code :quarter},
 * {@code :state}) into the positional {@code ?} places that JDBC (DuckDB, Trino) and Athena's execution parameters
 * take, and lists their values in that order. A name used twice is bound twice. Text in quotes and comments is left
 * alone; a {@code ::} cast is not a parameter. Values only ever travel as parameters, never in the text.
 */
public final class NamedParameters {

    /**
     * The statement text with {@code ?} places, and their values in order.
     *
     * @param sql the text sent to the engine
     * @param values one value per {@code ?}
     */
    public record Bound(String sql, List<SqlValue> values) {
    }

    private NamedParameters() {
    }

    /**
     * Binds every {@code :name} of the text to its value.
     *
     * @throws IllegalArgumentException when a name has no value, a value is used by no name (a misspelt name), or the
     *         text holds a positional {@code ?} of its own
     */
    public static Bound bind(String label, String sql, Map<String, SqlValue> values) {
        StringBuilder out = new StringBuilder(sql.length());
        List<SqlValue> ordered = new ArrayList<>();
        Set<String> used = new HashSet<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int end = skipQuotedOrComment(sql, i);
            if (end > i) {
                out.append(sql, i, end);
                i = end;
            } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < sql.length() && isNameStart(sql.charAt(i + 1))) {
                int nameEnd = i + 1;
                while (nameEnd < sql.length() && isNamePart(sql.charAt(nameEnd))) {
                    nameEnd++;
                }
                String name = sql.substring(i + 1, nameEnd);
                SqlValue value = values.get(name);
                if (value == null) {
                    throw new IllegalArgumentException(label + ": no value for parameter :" + name);
                }
                ordered.add(value);
                used.add(name);
                out.append('?');
                i = nameEnd;
            } else if (c == '?') {
                throw new IllegalArgumentException(label + ": use named parameters (:name), not '?'");
            } else {
                out.append(c);
                i++;
            }
        }
        Set<String> unused = new HashSet<>(values.keySet());
        unused.removeAll(used);
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException(label + ": parameters " + unused.stream().sorted().toList()
                    + " appear nowhere in the statement");
        }
        return new Bound(out.toString(), ordered);
    }

    /** The end of a quoted text or comment starting at {@code start}, or {@code start} when none starts there. */
    private static int skipQuotedOrComment(String sql, int start) {
        char c = sql.charAt(start);
        if (c == '\'' || c == '"') {
            return SqlComments.closingQuote(sql, start, c);
        }
        if (sql.startsWith("--", start)) {
            int newline = sql.indexOf('\n', start);
            return newline < 0 ? sql.length() : newline;
        }
        if (sql.startsWith("/*", start)) {
            int close = sql.indexOf("*/", start + 2);
            return close < 0 ? sql.length() : close + 2;
        }
        return start;
    }

    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || c >= '0' && c <= '9';
    }
}
