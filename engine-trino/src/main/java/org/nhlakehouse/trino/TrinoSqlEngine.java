package org.nhlakehouse.trino;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import org.nhlakehouse.core.engine.EngineKind;
import org.nhlakehouse.core.engine.QueryHandle;
import org.nhlakehouse.core.engine.QueryStatus;
import org.nhlakehouse.core.engine.ResultPage;
import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.engine.SqlStatement;

/**
 * Runs statements on a Trino cluster through trino-jdbc: the Athena form of every SELECT, INSERT and MERGE, byte for
 * byte, and Trino's own DDL.
 *
 * <p>
 * Execution is asynchronous, as on Athena: {@link #submit} returns a handle at once and the statement runs on one of
 * {@link TrinoEngineSettings#maxConcurrentQueries()} worker threads (statements beyond that wait as {@code QUEUED}).
 * Each statement gets its own connection; parameters are bound through a prepared statement, never spliced into the
 * text. A query's rows are read page by page from its open result set; the connection is freed when the last page has
 * been read, or on {@link #release}. A second submit with the same client request token returns the first handle
 * without running anything (tokens are remembered for the last {@link TrinoEngineSettings#retainedHandles()} released
 * handles). {@link #cancel} cancels the running JDBC statement, which ends the query on the server.
 *
 * <p>
 * Safe for use from several threads.
 */
public final class TrinoSqlEngine implements SqlEngine {

    /** What a client request token started; the statement is kept as a fingerprint, not its (long) text. */
    private record Submission(QueryHandle handle, int statementFingerprint) {
        static int fingerprint(SqlStatement statement) {
            return Objects.hash(statement.sql(), statement.parameters());
        }
    }

    private final TrinoConnections connections;
    private final ExecutorService workers;
    private final Map<String, TrinoExecution> executions = new ConcurrentHashMap<>();
    private final Map<String, Submission> handlesByToken;
    private final Map<String, QueryStatus> releasedStatuses;
    private volatile boolean closed;

    public TrinoSqlEngine(TrinoEngineSettings settings) {
        this.connections = new TrinoConnections(settings);
        this.workers = Executors.newFixedThreadPool(settings.maxConcurrentQueries(), workerThreads());
        this.handlesByToken = boundedMap(settings.retainedHandles());
        this.releasedStatuses = boundedMap(settings.retainedHandles());
    }

    @Override
    public EngineKind kind() {
        return EngineKind.TRINO;
    }

    @Override
    public QueryHandle submit(SqlStatement statement) {
        ensureOpen();
        if (statement.clientRequestToken().isEmpty()) {
            return start(statement);
        }
        String token = statement.clientRequestToken().get();
        synchronized (handlesByToken) {
            Submission earlier = handlesByToken.get(token);
            if (earlier != null) {
                // Athena rejects a token reused for another statement (IdempotentParameterMismatch); so do we.
                if (earlier.statementFingerprint() != Submission.fingerprint(statement)) {
                    throw new IllegalArgumentException("Client request token " + token
                            + " was already used for another statement (" + earlier.handle().id() + ")");
                }
                return earlier.handle();
            }
            QueryHandle handle = start(statement);
            handlesByToken.put(token, new Submission(handle, Submission.fingerprint(statement)));
            return handle;
        }
    }

    private QueryHandle start(SqlStatement statement) {
        QueryHandle handle = new QueryHandle(UUID.randomUUID().toString());
        TrinoExecution execution = new TrinoExecution(handle, statement, connections);
        executions.put(handle.id(), execution);
        try {
            workers.execute(execution::run);
        } catch (RejectedExecutionException e) {
            executions.remove(handle.id());
            throw new IllegalStateException("The Trino engine is closed", e);
        }
        return handle;
    }

    @Override
    public QueryStatus status(QueryHandle handle) {
        TrinoExecution execution = executions.get(handle.id());
        if (execution != null) {
            return execution.status();
        }
        QueryStatus released;
        synchronized (releasedStatuses) {
            released = releasedStatuses.get(handle.id());
        }
        if (released == null) {
            throw new IllegalArgumentException("Unknown query handle " + handle.id());
        }
        return released;
    }

    @Override
    public ResultPage results(QueryHandle handle, Optional<String> pageToken, int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1");
        }
        return execution(handle).page(pageToken, maxRows);
    }

    @Override
    public void cancel(QueryHandle handle) {
        TrinoExecution execution = executions.get(handle.id());
        if (execution != null) {
            execution.cancel();
        }
    }

    @Override
    public void release(QueryHandle handle) {
        TrinoExecution execution = executions.get(handle.id());
        if (execution == null) {
            return;
        }
        execution.release();
        synchronized (releasedStatuses) {
            releasedStatuses.put(handle.id(), execution.status());
        }
        executions.remove(handle.id());
    }

    /** Cancels what still runs, frees every connection, and stops the worker threads. */
    @Override
    public void close() {
        closed = true;
        workers.shutdown();
        for (TrinoExecution execution : new ArrayList<>(executions.values())) {
            release(execution.handle());
        }
        workers.shutdownNow();
        connections.close();
    }

    private TrinoExecution execution(QueryHandle handle) {
        TrinoExecution execution = executions.get(handle.id());
        if (execution == null) {
            throw new IllegalArgumentException("Unknown or released query handle " + handle.id());
        }
        return execution;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The Trino engine is closed");
        }
    }

    private static <V> Map<String, V> boundedMap(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "trino-sql-engine-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** For tests: how many statements hold engine state (not yet released). */
    int openExecutions() {
        return executions.size();
    }

}
