package org.nhlakehouse.dashboard.query;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.nhlakehouse.core.engine.SqlValue;

/**
 * One read of Gold: a template under {@code dashboard-sql/}, the allow-listed identifiers and numbers it is rendered
 * with (sort column, metric column, page size), and the user's values, which only ever travel as named parameters
 * ({@code :quarter}) of its WHERE clauses (the only place Athena accepts execution parameters), bound to positional
 * places by {@link NamedParameters}.
 *
 * @param template the template's name without {@code .sql}, e.g. {@code facilities}
 * @param identifiers values for {@code {{ name }}} placeholders: checked identifiers chosen from allow-lists
 * @param literals values for {@code {{ name }}} placeholders written as SQL literals (page size and offset, allow-listed
 *        metric names)
 * @param parameters values for the template's {@code :name} parameters
 * @param filters the page's filter conditions, rendered at the template's {@code {{ filters }}} (all of them must
 *        hold; {@code true} when there is none)
 */
public record ViewQuery(String template, Map<String, String> identifiers, Map<String, SqlValue> literals,
        Map<String, SqlValue> parameters, List<Condition> filters) {

    public ViewQuery {
        Objects.requireNonNull(template, "template");
        identifiers = Map.copyOf(identifiers);
        literals = Map.copyOf(literals);
        parameters = Map.copyOf(parameters);
        filters = List.copyOf(filters);
    }

    public static ViewQuery of(String template) {
        return new ViewQuery(template, Map.of(), Map.of(), Map.of(), List.of());
    }

    /** Sets the value of the template's parameter {@code :name}. */
    public ViewQuery with(String name, Object value) {
        Map<String, SqlValue> copy = new HashMap<>(parameters);
        copy.put(name, SqlValue.of(value));
        return new ViewQuery(template, identifiers, literals, copy, filters);
    }

    /** Adds filter conditions (an unset filter adds none). */
    public ViewQuery where(List<Condition> conditions) {
        return new ViewQuery(template, identifiers, literals, parameters,
                java.util.stream.Stream.concat(filters.stream(), conditions.stream()).toList());
    }

    public ViewQuery withIdentifier(String name, String identifier) {
        Map<String, String> copy = new HashMap<>(identifiers);
        copy.put(name, identifier);
        return new ViewQuery(template, copy, literals, parameters, filters);
    }

    public ViewQuery withLiteral(String name, Object value) {
        Map<String, SqlValue> copy = new HashMap<>(literals);
        copy.put(name, SqlValue.of(value));
        return new ViewQuery(template, identifiers, copy, parameters, filters);
    }

    /** The template's parameters and every filter condition's, refusing a name given two different values. */
    Map<String, SqlValue> allParameters() {
        Map<String, SqlValue> all = new HashMap<>(parameters);
        for (Condition condition : filters) {
            condition.parameters().forEach((name, value) -> {
                SqlValue earlier = all.putIfAbsent(name, value);
                if (earlier != null && !earlier.equals(value)) {
                    throw new IllegalArgumentException(template + ": parameter :" + name + " given two values");
                }
            });
        }
        return all;
    }
}
