package org.nhlakehouse.trino;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.trino.jdbc.$internal.client.ErrorInfo;
import io.trino.jdbc.$internal.client.FailureException;

/**
 * Turns what trino-jdbc throws into Trino's own error name (the {@code errorName} of the server's {@code QueryError},
 * e.g. {@code ICEBERG_COMMIT_ERROR}, {@code SYNTAX_ERROR}, {@code TABLE_NOT_FOUND}) and whether running the statement
 * again may succeed.
 *
 * <p>
 * trino-jdbc puts only the numeric error code on the {@link SQLException}; the name and type travel in its cause, a
 * {@link FailureException} whose {@code FailureInfo} carries the server's {@link ErrorInfo}.
 */
final class TrinoErrors {

    /** A statement that never reached the server's error reporting: the coordinator could not be reached. */
    static final String CONNECTION_ERROR = "CONNECTION_ERROR";
    /** trino-jdbc rejected the statement itself (e.g. a parameter it cannot bind). */
    static final String CLIENT_ERROR = "CLIENT_ERROR";

    /** Errors of the cluster or of concurrent writers that a later attempt does not meet again. */
    private static final Set<String> TRANSIENT = Set.of(
            // Iceberg's optimistic concurrency: another writer committed first (Athena reports the same name).
            "ICEBERG_COMMIT_ERROR",
            "TRANSACTION_CONFLICT",
            "HIVE_METASTORE_ERROR",
            // Nodes, tasks and the exchange between them.
            "TOO_MANY_REQUESTS_FAILED",
            "PAGE_TRANSPORT_ERROR",
            "PAGE_TRANSPORT_TIMEOUT",
            "NO_NODES_AVAILABLE",
            "REMOTE_TASK_ERROR",
            "REMOTE_TASK_MISMATCH",
            "REMOTE_TASK_FAILED",
            "REMOTE_HOST_GONE",
            "REMOTE_BUFFER_CLOSE_FAILED",
            "ABANDONED_TASK",
            "SERVER_SHUTTING_DOWN",
            "SERVER_STARTING_UP",
            "CATALOG_NOT_AVAILABLE");

    /** Insufficient-resources errors that are the query's own budget: the same query exceeds it again. */
    private static final Set<String> BUDGET_EXCEEDED = Set.of("EXCEEDED_TIME_LIMIT", "EXCEEDED_CPU_LIMIT",
            "EXCEEDED_SCAN_LIMIT");

    /** File system errors are retried only when the store asked the client to slow down (S3 503 SlowDown). */
    private static final Set<String> FILE_SYSTEM_ERRORS = Set.of("ICEBERG_FILESYSTEM_ERROR", "HIVE_FILESYSTEM_ERROR");
    private static final Pattern THROTTLED = Pattern.compile("(?i)slow ?down|throttl|rate exceeded|status code: 503");

    private TrinoErrors() {
    }

    /**
     * @param name Trino's error name, or {@link #CONNECTION_ERROR} / {@link #CLIENT_ERROR}
     * @param type Trino's error type ({@code USER_ERROR}, {@code INTERNAL_ERROR}, {@code INSUFFICIENT_RESOURCES},
     *        {@code EXTERNAL}), empty when the server did not report one
     */
    record Failure(String name, Optional<String> type, String message, boolean retryable) {
    }

    static Failure classify(SQLException e) {
        Optional<ErrorInfo> error = errorInfo(e);
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        if (error.isPresent()) {
            String name = error.get().getName();
            String type = error.get().getType();
            return new Failure(name, Optional.ofNullable(type), message, isRetryable(name, type, message));
        }
        if (hasCause(e, IOException.class)) {
            return new Failure(CONNECTION_ERROR, Optional.empty(), message, true);
        }
        return new Failure(CLIENT_ERROR, Optional.empty(), message, false);
    }

    static boolean isRetryable(String name, String type, String message) {
        if (TRANSIENT.contains(name)) {
            return true;
        }
        if (FILE_SYSTEM_ERRORS.contains(name)) {
            return message != null && THROTTLED.matcher(message).find();
        }
        return "INSUFFICIENT_RESOURCES".equals(type) && !BUDGET_EXCEEDED.contains(name);
    }

    private static Optional<ErrorInfo> errorInfo(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FailureException failure && failure.getFailureInfo().getErrorInfo() != null) {
                return Optional.of(failure.getFailureInfo().getErrorInfo());
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
