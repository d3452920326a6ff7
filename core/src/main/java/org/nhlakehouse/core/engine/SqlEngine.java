package org.nhlakehouse.core.engine;

import java.time.Duration;
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

    /** Receives a statement's result as it is paged in: its columns once, then each row in order. */
    interface RowSink<E extends Exception> {
        void columns(List<ResultColumn> columns) throws E;

        void row(List<Object> row) throws E;
    }

    /**
     * Submits a statement, waits for it, and hands its rows to a sink page by page, never holding the whole result:
     * the one paging loop every reader (whole results, exports, downloads) goes through. The columns reach the sink
     * even when there is no row. The handle is released however it ends.
     *
     * @return the number of rows
     * @throws SqlExecutionException when the statement fails, is cancelled or times out
     */
    default <E extends Exception> long stream(SqlStatement statement, Duration timeout, RowSink<E> sink) throws E {
        long[] rows = { 0 };
        run(statement, timeout, new RowSink<E>() {
            @Override
            public void columns(List<ResultColumn> columns) throws E {
                sink.columns(columns);
            }

            @Override
            public void row(List<Object> row) throws E {
                sink.row(row);
                rows[0]++;
            }
        });
        return rows[0];
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
        ResultCollector collector = new ResultCollector();
        QueryStats stats = run(statement, timeout, collector);
        return collector.result(stats);
    }

    /** Reads every page of a succeeded statement's result into memory. */
    default QueryResult fetch(QueryHandle handle, QueryStats stats) {
        ResultCollector collector = new ResultCollector();
        readPages(handle, collector);
        return collector.result(stats);
    }

    /** Submit, await, page every row into the sink, release; returns the statement's statistics. */
    private <E extends Exception> QueryStats run(SqlStatement statement, Duration timeout, RowSink<E> sink) throws E {
        QueryHandle handle = submit(statement);
        try {
            QueryStatus status = await(handle, timeout);
            if (status.state() != QueryState.SUCCEEDED) {
                throw new SqlExecutionException(statement.label(), status.errorType().orElse(status.state().name()),
                        status.errorMessage().orElse("no message"), status.retryable());
            }
            readPages(handle, sink);
            return status.stats();
        } finally {
            release(handle);
        }
    }

    private <E extends Exception> void readPages(QueryHandle handle, RowSink<E> sink) throws E {
        Optional<String> token = Optional.empty();
        boolean first = true;
        do {
            ResultPage page = results(handle, token, DEFAULT_PAGE_SIZE);
            if (first) {
                sink.columns(page.columns());
                first = false;
            }
            for (List<Object> row : page.rows()) {
                sink.row(row);
            }
            token = page.nextPageToken();
        } while (token.isPresent());
    }

    /** Convenience for statements built in code: {@code execute(SqlStatement.of(sql, parameters))}. */
    default QueryResult query(String sql, Object... parameters) {
        return execute(SqlStatement.of(sql, parameters));
    }

    @Override
    default void close() {
    }
}
