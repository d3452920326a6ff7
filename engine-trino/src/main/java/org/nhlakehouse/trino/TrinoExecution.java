package org.nhlakehouse.trino;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import org.nhlakehouse.core.engine.QueryHandle;
import org.nhlakehouse.core.engine.QueryState;
import org.nhlakehouse.core.engine.QueryStats;
import org.nhlakehouse.core.engine.QueryStatus;
import org.nhlakehouse.core.engine.ResultPage;
import org.nhlakehouse.core.engine.SqlExecutionException;
import org.nhlakehouse.core.engine.SqlStatement;

import io.trino.jdbc.TrinoStatement;

/**
 * One submitted statement: runs it on a worker thread, then serves its rows through a {@link TrinoResultCursor}.
 *
 * <p>
 * A query counts as {@code SUCCEEDED} once its first row has arrived (or it has none); a DML or DDL statement once it
 * has finished. Trino computes the rest of a large result as it is read (its output buffers are bounded), so an error
 * that Trino meets later while streaming fails the statement then: the page read throws {@link SqlExecutionException}
 * and {@link #status()} reports {@code FAILED}.
 */
final class TrinoExecution {

    private final QueryHandle handle;
    private final SqlStatement statement;
    private final TrinoConnections connections;

    /** Guards state changes and the JDBC resources. */
    private final Object lock = new Object();
    /** Serialises page reads, which may block on the network, without blocking status or cancel. */
    private final Object pageLock = new Object();

    private volatile QueryState state = QueryState.QUEUED;
    private volatile TrinoErrors.Failure failure;
    private volatile long rowsWritten = -1;
    private volatile io.trino.jdbc.QueryStats progress;
    private volatile boolean cancelRequested;

    private Connection connection;
    private Statement jdbcStatement;
    private TrinoResultCursor cursor;

    TrinoExecution(QueryHandle handle, SqlStatement statement, TrinoConnections connections) {
        this.handle = handle;
        this.statement = statement;
        this.connections = connections;
    }

    QueryHandle handle() {
        return handle;
    }

    /** Runs the statement on the calling (worker) thread. */
    void run() {
        synchronized (lock) {
            if (cancelRequested) {
                return;
            }
            state = QueryState.RUNNING;
        }
        try {
            Connection opened = connections.open(statement);
            Statement created = create(opened);
            synchronized (lock) {
                connection = opened;
                jdbcStatement = created;
                if (cancelRequested) {
                    closeResources();
                    state = QueryState.CANCELLED;
                    return;
                }
            }
            boolean hasResultSet = created instanceof PreparedStatement prepared
                    ? prepared.execute()
                    : created.execute(statement.sql());
            if (hasResultSet) {
                openCursor(created.getResultSet());
            } else {
                // The statement has finished and its writes are committed: a late cancel changes nothing.
                long written = created.getLargeUpdateCount();
                synchronized (lock) {
                    rowsWritten = written;
                    closeResources();
                    state = QueryState.SUCCEEDED;
                }
            }
        } catch (SQLException | RuntimeException e) {
            fail(e instanceof SQLException sql ? sql : new SQLException(e.toString(), e));
        } catch (Error e) {
            fail(new SQLException(e.toString(), e));
            throw e;
        }
    }

    private Statement create(Connection opened) throws SQLException {
        Statement created;
        if (statement.parameters().isEmpty()) {
            created = opened.createStatement();
        } else {
            PreparedStatement prepared = opened.prepareStatement(statement.sql());
            TrinoValues.bind(prepared, statement.parameters());
            created = prepared;
        }
        // The driver ignores a cancel that arrives while it is still sending the query (it has no query to cancel
        // yet); the progress callback, which runs on every status the server returns, passes such a cancel on.
        created.unwrap(TrinoStatement.class).setProgressMonitor(stats -> {
            progress = stats;
            if (cancelRequested) {
                cancelQuietly(created);
            }
        });
        return created;
    }

    /** Until its first row a query stays {@code RUNNING}, and cancellable. */
    private void openCursor(ResultSet resultSet) throws SQLException {
        TrinoResultCursor opened = cancelRequested ? null : TrinoResultCursor.open(resultSet);
        synchronized (lock) {
            if (cancelRequested) {
                closeResources();
                state = QueryState.CANCELLED;
                return;
            }
            cursor = opened;
            if (opened.exhausted()) {
                closeJdbc();
            }
            state = QueryState.SUCCEEDED;
        }
    }

    private void fail(SQLException e) {
        synchronized (lock) {
            closeResources();
            if (cancelRequested) {
                state = QueryState.CANCELLED;
            } else {
                failure = TrinoErrors.classify(e);
                state = QueryState.FAILED;
            }
        }
    }

    QueryStatus status() {
        QueryState current = state;
        QueryStats stats = stats();
        return switch (current) {
            case QUEUED -> queued(stats);
            case RUNNING -> progress != null && progress.isQueued()
                    ? queued(stats)
                    : new QueryStatus(QueryState.RUNNING, Optional.empty(), Optional.empty(), false, stats);
            case SUCCEEDED -> QueryStatus.succeeded(stats);
            case FAILED -> new QueryStatus(QueryState.FAILED, Optional.of(failure.name()),
                    Optional.of(failure.message()), failure.retryable(), stats);
            case CANCELLED -> new QueryStatus(QueryState.CANCELLED, Optional.empty(),
                    Optional.of("cancelled before it finished"), false, stats);
        };
    }

    private static QueryStatus queued(QueryStats stats) {
        return new QueryStatus(QueryState.QUEUED, Optional.empty(), Optional.empty(), false, stats);
    }

    private QueryStats stats() {
        io.trino.jdbc.QueryStats last = progress;
        if (last == null) {
            return new QueryStats(rowsWritten, -1, -1, -1);
        }
        return new QueryStats(rowsWritten, last.getProcessedRows(), last.getPhysicalInputBytes(),
                last.getElapsedTimeMillis());
    }

    /** Stops the statement if it is queued or running; a finished one is left as it is. */
    void cancel() {
        Statement running;
        synchronized (lock) {
            if (state.isTerminal()) {
                return;
            }
            cancelRequested = true;
            if (state == QueryState.QUEUED) {
                state = QueryState.CANCELLED;
                return;
            }
            running = jdbcStatement;
        }
        if (running != null) {
            cancelQuietly(running);
        }
    }

    private static void cancelQuietly(Statement running) {
        try {
            running.cancel();
        } catch (SQLException ignored) {
            // the statement finished or its connection closed meanwhile; run() records the outcome
        }
    }

    /** A page of a succeeded query's rows; DML and DDL statements have one empty page. */
    ResultPage page(Optional<String> pageToken, int maxRows) {
        synchronized (pageLock) {
            if (state != QueryState.SUCCEEDED) {
                throw new IllegalStateException(
                        "Statement " + handle.id() + " (" + statement.label() + ") has no results: it is " + state);
            }
            TrinoResultCursor current;
            synchronized (lock) {
                current = cursor;
            }
            if (current == null) {
                return new ResultPage(List.of(), List.of(), Optional.empty());
            }
            try {
                ResultPage page = current.page(pageToken, maxRows);
                if (current.exhausted()) {
                    synchronized (lock) {
                        closeJdbc();
                    }
                }
                return page;
            } catch (IllegalArgumentException pageOutOfOrder) {
                throw pageOutOfOrder;
            } catch (SQLException | RuntimeException e) {
                fail(e instanceof SQLException sql ? sql : new SQLException(e.toString(), e));
                TrinoErrors.Failure failed = failure;
                throw new SqlExecutionException(statement.label(), failed.name(), failed.message(), failed.retryable(),
                        e);
            }
        }
    }

    /** Cancels the statement if it is still running and frees its connection; its status stays readable. */
    void release() {
        cancel();
        synchronized (pageLock) {
            synchronized (lock) {
                closeResources();
            }
        }
    }

    private void closeResources() {
        closeJdbc();
        cursor = null;
    }

    /** Closing the statement also closes its result set, which ends an unfinished query on the server. */
    private void closeJdbc() {
        closeQuietly(jdbcStatement);
        closeQuietly(connection);
        jdbcStatement = null;
        connection = null;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (Exception ignored) {
                // nothing more to free
            }
        }
    }
}
