package org.nhlakehouse.core.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * The state of a submitted statement.
 *
 * @param state where the statement is in its lifecycle
 * @param errorType the engine's error name when it failed (e.g. {@code ICEBERG_COMMIT_ERROR}, {@code SYNTAX_ERROR})
 * @param errorMessage the engine's message when it failed
 * @param retryable whether running the statement again may succeed (transient contention, throttling)
 * @param stats what the statement did
 */
public record QueryStatus(QueryState state, Optional<String> errorType, Optional<String> errorMessage, boolean retryable,
        QueryStats stats) {

    public QueryStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(errorType, "errorType");
        Objects.requireNonNull(errorMessage, "errorMessage");
        Objects.requireNonNull(stats, "stats");
    }

    public static QueryStatus running() {
        return new QueryStatus(QueryState.RUNNING, Optional.empty(), Optional.empty(), false, QueryStats.UNKNOWN);
    }

    public static QueryStatus succeeded(QueryStats stats) {
        return new QueryStatus(QueryState.SUCCEEDED, Optional.empty(), Optional.empty(), false, stats);
    }

    public static QueryStatus failed(String errorType, String errorMessage, boolean retryable) {
        return new QueryStatus(QueryState.FAILED, Optional.of(errorType), Optional.ofNullable(errorMessage), retryable,
                QueryStats.UNKNOWN);
    }
}
