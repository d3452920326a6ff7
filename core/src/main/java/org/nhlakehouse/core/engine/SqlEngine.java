package org.nhlakehouse.core.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs SQL, with Amazon Athena's asynchronous shape: {@link #submit} a statement and get a handle, ask for its
 * {@link #status}, then page through its {@link #results}.
 *
 * <p>
 * Athena maps one to one ({@code StartQueryExecution} with {@code ClientRequestToken} and {@code ExecutionParameters},
 * {@code GetQueryExecution}, {@code GetQueryResults}); embedded engines complete a statement inside {@code submit}. So
 * the step-run and step-poll handlers of the state machine, and the local pipeline, work on every engine alike.
 *
 * <p>
 * Implementations are safe for use from several threads.
 */
public interface SqlEngine extends AutoCloseable {

    /** Results are read in pages of at most this many rows unless a caller asks otherwise (Athena's maximum). */
    int DEFAULT_PAGE_SIZE = 1000;

    EngineKind kind();

    /** Starts a statement. With a client request token that was seen before, returns the earlier statement's handle. */
    QueryHandle submit(SqlStatement statement);

    QueryStatus status(QueryHandle handle);

    /**
     * One page of a succeeded statement's rows.
     *
     * @param pageToken empty for the first page, else the previous page's {@link ResultPage#nextPageToken()}
     */
    ResultPage results(QueryHandle handle, Optional<String> pageToken, int maxRows);

    /** Stops a statement that is still running; does nothing to a finished one. */
    void cancel(QueryHandle handle);

    /** Frees what the engine keeps for a handle whose results are no longer needed. */
    default void release(QueryHandle handle) {
    }

    /** Waits for a statement to finish, polling with backoff; embedded engines return at once. */
    default QueryStatus await(QueryHandle handle, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long delayMillis = 50;
        while (true) {
            QueryStatus status = status(handle);
            if (status.state().isTerminal()) {
                return status;
            }
            if (System.nanoTime() > deadline) {
                cancel(handle);
                throw new SqlExecutionException(handle.id(), "TIMEOUT",
                        "did not finish within " + timeout.toSeconds() + " s and was cancelled", true);
            }
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel(handle);
                throw new SqlExecutionException(handle.id(), "INTERRUPTED", "interrupted while waiting", true, e);
            }
            delayMillis = Math.min(delayMillis * 2, 2_000);
        }
    }

    /**
     * Submits a statement, waits for it, and reads its whole result into memory.
     *
     * @throws SqlExecutionException when the statement fails or is cancelled
     */
    default QueryResult execute(SqlStatement statement) {
        return execute(statement, Duration.ofHours(1));
    }

    default QueryResult execute(SqlStatement statement, Duration timeout) {
        QueryHandle handle = submit(statement);
        try {
            QueryStatus status = await(handle, timeout);
            if (status.state() != QueryState.SUCCEEDED) {
                throw new SqlExecutionException(statement.label(), status.errorType().orElse(status.state().name()),
                        status.errorMessage().orElse("no message"), status.retryable());
            }
            return fetch(handle, status.stats());
        } finally {
            release(handle);
        }
    }

    /** Reads every page of a succeeded statement's result into memory. */
    default QueryResult fetch(QueryHandle handle, QueryStats stats) {
        List<List<Object>> rows = new ArrayList<>();
        List<ResultColumn> columns = List.of();
        Optional<String> token = Optional.empty();
        do {
            ResultPage page = results(handle, token, DEFAULT_PAGE_SIZE);
            columns = page.columns();
            rows.addAll(page.rows());
            token = page.nextPageToken();
        } while (token.isPresent());
        return new QueryResult(columns, rows, stats);
    }

    /** Convenience for statements built in code: {@code execute(SqlStatement.of(sql, parameters))}. */
    default QueryResult query(String sql, Object... parameters) {
        return execute(SqlStatement.of(sql, parameters));
    }

    @Override
    default void close() {
    }
}
