package org.nhlakehouse.core.sql;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.nhlakehouse.core.engine.SqlDialect;
import org.nhlakehouse.core.engine.SqlValue;

/**
 * The values a template is rendered with. Every value is typed: an identifier is checked against a strict pattern, a
 * literal is a {@link SqlValue} written as a SQL literal, and only this class's own methods can add SQL text. So no
 * value from a file or a user reaches a statement except as an escaped literal.
 */
public final class RenderContext {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,127}");

    private final SqlDialect dialect;
    private final Map<String, String> values;

    private RenderContext(SqlDialect dialect, Map<String, String> values) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.values = Map.copyOf(values);
    }

    public static RenderContext of(SqlDialect dialect) {
        return new RenderContext(dialect, Map.of());
    }

    public SqlDialect dialect() {
        return dialect;
    }

    /** A schema (Athena: Glue database) or table name: lower-case letters, digits and '_'. */
    public RenderContext withIdentifier(String name, String identifier) {
        if (!IDENTIFIER.matcher(identifier).matches()) {
            throw new IllegalArgumentException("Not a safe SQL identifier for " + name + ": " + identifier);
        }
        return with(name, identifier);
    }

    /** A literal value, e.g. a run id or a timestamp. */
    public RenderContext withLiteral(String name, SqlValue value) {
        return with(name, value.toSqlLiteral());
    }

    /** A comma-separated list of literals for an IN (...) list; an empty list becomes a NULL that matches nothing. */
    public RenderContext withLiteralList(String name, List<? extends SqlValue> list) {
        return with(name, list.isEmpty() ? "NULL"
                : list.stream().map(SqlValue::toSqlLiteral)
                        .collect(Collectors.joining(", ")));
    }

    private RenderContext with(String name, String sql) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Bad variable name " + name);
        }
        Map<String, String> copy = new HashMap<>(values);
        copy.put(name, sql);
        return new RenderContext(dialect, copy);
    }

    /** Renders a template; a variable the context lacks is an error naming the template. */
    public String render(SqlTemplate template) {
        StringBuilder out = new StringBuilder(template.source().length() + 256);
        for (SqlTemplate.Part part : template.parts()) {
            switch (part) {
                case SqlTemplate.Text text -> out.append(text.sql());
                case SqlTemplate.Variable variable -> {
                    String value = values.get(variable.name());
                    if (value == null) {
                        throw new IllegalArgumentException(template.name() + " needs {{ " + variable.name()
                                + " }}, which this run does not provide");
                    }
                    out.append(value);
                }
                case SqlTemplate.Macro macro -> out.append(SqlMacros.expand(macro.name(), macro.arguments(), dialect));
            }
        }
        // Athena takes one statement per query: no comment may carry a ';' or a quote into it.
        return dialect == SqlDialect.ATHENA ? SqlComments.strip(out.toString()) : out.toString();
    }
}
