package org.nhlakehouse.dashboard.query;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.nhlakehouse.core.engine.SqlValue;

/**
 * One read of Gold: a template under {@code dashboard-sql/}, the allow-listed identifiers and numbers it is rendered
 * with (sort column, metric column, page size), and the user's values, which only ever travel as {@code ?} parameters
 * of its WHERE clause (the only place Athena accepts execution parameters).
 *
 * @param template the template's name without {@code .sql}, e.g. {@code facilities}
 * @param identifiers values for {@code {{ name }}} placeholders: checked identifiers chosen from allow-lists
 * @param literals values for {@code {{ name }}} placeholders written as SQL literals (page size and offset, allow-listed
 *        metric names)
 * @param parameters values for the {@code ?} placeholders, in order
 */
public record ViewQuery(String template, Map<String, String> identifiers, Map<String, SqlValue> literals,
        List<SqlValue> parameters) {

    public ViewQuery {
        Objects.requireNonNull(template, "template");
        identifiers = Map.copyOf(identifiers);
        literals = Map.copyOf(literals);
        parameters = List.copyOf(parameters);
    }

    public static ViewQuery of(String template, Object... parameters) {
        return new ViewQuery(template, Map.of(), Map.of(), java.util.Arrays.stream(parameters).map(SqlValue::of).toList());
    }

    public ViewQuery withIdentifier(String name, String identifier) {
        Map<String, String> copy = new java.util.HashMap<>(identifiers);
        copy.put(name, identifier);
        return new ViewQuery(template, copy, literals, parameters);
    }

    public ViewQuery withLiteral(String name, Object value) {
        Map<String, SqlValue> copy = new java.util.HashMap<>(literals);
        copy.put(name, SqlValue.of(value));
        return new ViewQuery(template, identifiers, copy, parameters);
    }
}
