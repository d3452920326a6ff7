package org.nhlakehouse.dashboard.query;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.nhlakehouse.core.engine.SqlValue;

/**
 * One condition of a query's filters: SQL written in code (never built from user input) over named parameters, and
 * their values, which travel as parameters only.
 *
 * @param sql e.g. {@code r.state = :state}
 * @param parameters the value of each {@code :name} in {@code sql}
 */
public record Condition(String sql, Map<String, SqlValue> parameters) {

    public Condition {
        Objects.requireNonNull(sql, "sql");
        parameters = Map.copyOf(parameters);
    }

    /** {@code column = :name} when a filter is set; no condition when it is not. */
    public static List<Condition> equalTo(String column, String name, Optional<?> value) {
        return value.map(v -> List.of(of(column + " = :" + name, name, v))).orElse(List.of());
    }

    /** A condition with one parameter, e.g. {@code of("r.state = :state", "state", "RI")}. */
    public static Condition of(String sql, String name, Object value) {
        return new Condition(sql, Map.of(name, SqlValue.of(value)));
    }
}
