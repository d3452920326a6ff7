package org.nhlakehouse.trino;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.nhlakehouse.core.engine.QueryHandle;
import org.nhlakehouse.core.engine.QueryState;
import org.nhlakehouse.core.engine.QueryStats;
import org.nhlakehouse.core.engine.QueryStatus;
import org.nhlakehouse.core.engine.ResultColumn;
import org.nhlakehouse.core.engine.ResultPage;
import org.nhlakehouse.core.engine.SqlExecutionException;
import org.nhlakehouse.core.engine.SqlStatement;

import io.trino.jdbc.TrinoStatement;

/**
 * One submitted statement: runs it on a worker thread, then serves its rows page by page from the open
 * {@link ResultSet}, so a large result is never held in memory.
 *
 * <p>
 * A query counts as {@code SUCCEEDED} once its first row has arrived (or it has none); a DML or DDL statement once it
 * has finished. Trino computes the rest of a large result as it is read (its output buffers are bounded), so an error
 * that Trino meets later while streaming fails the statement then: the page read throws {@link SqlExecutionException}
 * and {@link #status()} reports {@code FAILED}.
 */
final class TrinoExecution {

    private record Page(long start, ResultPage page) {
    }

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
    private boolean cancelRequested;

    private Connection connection;
    private Statement jdbcStatement;
    private ResultSet resultSet;
    private ResultSetMetaData metadata;
    private List<ResultColumn> columns = List.of();

    private List<Object> lookahead;
    private long rowsServed;
    private Page lastPage;

    TrinoExecution(QueryHandle handle, SqlStatement statement, TrinoConnections connections) {
        this.handle = handle;
        this.statement = statement;
        this.connections = connections;
    }

    QueryHandle handle() {
        return handle;
    }

    SqlStatement statement() {
        return statement;
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
                openResults(created.getResultSet());
            } else {
                long written = created.getLargeUpdateCount();
                finish(() -> {
                    rowsWritten = written;
                    closeResources();
                });
            }
        } catch (SQLException | RuntimeException e) {
            fail(e instanceof SQLException sql ? sql : new SQLException(e.toString(), e));
        } catch (Error e) {
            fail(new SQLException(e.toString(), e));
            throw e;
        }
    }

    /**
     * Waits for the query's first row (or its end) before calling it succeeded: Trino sends a result's columns as soon
     * as it has planned the query, but an aggregation computes until its first row, and until then the statement must
     * read as running and stay cancellable.
     */
    private void openResults(ResultSet opened) throws SQLException {
        ResultSetMetaData openedMetadata = opened.getMetaData();
        List<ResultColumn> openedColumns = TrinoValues.columns(openedMetadata);
        List<Object> firstRow = opened.next() ? TrinoValues.row(opened, openedMetadata, openedColumns) : null;
        finish(() -> {
            resultSet = opened;
            metadata = openedMetadata;
            columns = openedColumns;
            lookahead = firstRow;
            if (firstRow == null) {
                closeResources();
            }
        });
    }

    /** Records a successful run, unless it was cancelled meanwhile. */
    private void finish(Runnable record) {
        synchronized (lock) {
            if (cancelRequested) {
                closeResources();
                state = QueryState.CANCELLED;
                return;
            }
            record.run();
            state = QueryState.SUCCEEDED;
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
        created.unwrap(TrinoStatement.class).setProgressMonitor(stats -> progress = stats);
        return created;
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
            try {
                running.cancel();
            } catch (SQLException ignored) {
                // the statement finished or its connection closed meanwhile; run() records the outcome
            }
        }
    }

    /**
     * The page that starts at {@code pageToken}. Pages are read in order; asking again for the page just read returns
     * it again, so a caller that retries after a lost response does not skip rows.
     */
    ResultPage page(Optional<String> pageToken, int maxRows) {
        synchronized (pageLock) {
            if (state != QueryState.SUCCEEDED) {
                throw new IllegalStateException(
                        "Statement " + handle.id() + " (" + statement.label() + ") has no results: it is " + state);
            }
            long start = pageToken.map(TrinoExecution::parseToken).orElse(0L);
            if (lastPage != null && lastPage.start() == start) {
                return lastPage.page();
            }
            if (start != rowsServed) {
                throw new IllegalArgumentException("Pages of " + handle.id() + " are read in order: the next starts at row "
                        + rowsServed + ", not " + start);
            }
            List<List<Object>> rows = readRows(maxRows);
            rowsServed += rows.size();
            Optional<String> next = lookahead == null ? Optional.empty() : Optional.of(Long.toString(rowsServed));
            ResultPage page = new ResultPage(columns, rows, next);
            lastPage = new Page(start, page);
            return page;
        }
    }

    private List<List<Object>> readRows(int maxRows) {
        List<List<Object>> rows = new ArrayList<>(Math.min(maxRows, 1024));
        if (lookahead != null) {
            rows.add(lookahead);
            lookahead = null;
        }
        if (resultSet == null) {
            return rows;
        }
        try {
            while (rows.size() < maxRows && resultSet.next()) {
                rows.add(TrinoValues.row(resultSet, metadata, columns));
            }
            // One row ahead tells whether this page is the last, so the last page carries no token.
            if (rows.size() == maxRows && resultSet.next()) {
                lookahead = TrinoValues.row(resultSet, metadata, columns);
            }
            if (lookahead == null) {
                synchronized (lock) {
                    closeResources();
                }
            }
            return rows;
        } catch (SQLException | RuntimeException e) {
            fail(e instanceof SQLException sql ? sql : new SQLException(e.toString(), e));
            TrinoErrors.Failure failed = failure;
            throw new SqlExecutionException(statement.label(), failed.name(), failed.message(), failed.retryable(), e);
        }
    }

    private static long parseToken(String token) {
        try {
            long start = Long.parseLong(token);
            if (start < 0) {
                throw new NumberFormatException();
            }
            return start;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a page token of this engine: " + token);
        }
    }

    /** Cancels the statement if it is still running and frees its connection; its status stays readable. */
    void release() {
        cancel();
        synchronized (pageLock) {
            synchronized (lock) {
                closeResources();
                lastPage = null;
                lookahead = null;
            }
        }
    }

    private void closeResources() {
        // Closing an unfinished result set also ends the query on the server.
        closeQuietly(resultSet);
        closeQuietly(jdbcStatement);
        closeQuietly(connection);
        resultSet = null;
        metadata = null;
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
