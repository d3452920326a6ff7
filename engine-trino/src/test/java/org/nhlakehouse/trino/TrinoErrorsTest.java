package org.nhlakehouse.trino;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.trino.jdbc.$internal.client.ErrorInfo;
import io.trino.jdbc.$internal.client.FailureInfo;

class TrinoErrorsTest {

    /** What trino-jdbc throws for a failed query: the code on the exception, the name in its cause's FailureInfo. */
    private static SQLException queryFailed(int code, String name, String type, String message) {
        FailureInfo failure = new FailureInfo("io.trino.spi.TrinoException", message, null, List.of(), List.of(),
                new ErrorInfo(code, name, type), null);
        return new SQLException("Query failed (#20261125_000000_00001_abcde): " + message, null, code,
                failure.toException());
    }

    @ParameterizedTest
    @CsvSource({
            "ICEBERG_COMMIT_ERROR, EXTERNAL, Failed to commit Iceberg update to table, true",
            "TRANSACTION_CONFLICT, USER_ERROR, Transaction conflict, true",
            "REMOTE_TASK_ERROR, INTERNAL_ERROR, Remote task failed, true",
            "SERVER_STARTING_UP, INTERNAL_ERROR, Trino server is still initializing, true",
            "EXCEEDED_GLOBAL_MEMORY_LIMIT, INSUFFICIENT_RESOURCES, Query exceeded distributed user memory limit, true",
            "QUERY_QUEUE_FULL, INSUFFICIENT_RESOURCES, Too many queued queries, true",
            "EXCEEDED_TIME_LIMIT, INSUFFICIENT_RESOURCES, Query exceeded maximum time limit, false",
            "SYNTAX_ERROR, USER_ERROR, mismatched input, false",
            "TABLE_NOT_FOUND, USER_ERROR, Table 'iceberg.silver.x' does not exist, false",
            "DIVISION_BY_ZERO, USER_ERROR, Division by zero, false",
            "GENERIC_INTERNAL_ERROR, INTERNAL_ERROR, NullPointerException, false",
            "ICEBERG_FILESYSTEM_ERROR, EXTERNAL, Access Denied (Status Code: 403), false",
            "ICEBERG_FILESYSTEM_ERROR, EXTERNAL, Please reduce your request rate. SlowDown (Status Code: 503), true",
    })
    void classify_namesTheTrinoError_andTellsWhetherARetryMayHelp(String name, String type, String message,
            boolean retryable) {
        TrinoErrors.Failure failure = TrinoErrors.classify(queryFailed(42, name, type, message));

        assertThat(failure.name()).isEqualTo(name);
        assertThat(failure.type()).contains(type);
        assertThat(failure.message()).contains(message).contains("Query failed (#20261125_000000_00001_abcde)");
        assertThat(failure.retryable()).isEqualTo(retryable);
    }

    @Test
    void classify_reportsAnUnreachableCoordinator_asARetryableConnectionError() {
        SQLException e = new SQLException("Error executing query",
                new UncheckedIOException(new IOException("Failed to connect to /127.0.0.1:1")));

        TrinoErrors.Failure failure = TrinoErrors.classify(e);

        assertThat(failure.name()).isEqualTo(TrinoErrors.CONNECTION_ERROR);
        assertThat(failure.type()).isEmpty();
        assertThat(failure.retryable()).isTrue();
    }

    @Test
    void classify_reportsWhatTheDriverItselfRejects_asANonRetryableClientError() {
        TrinoErrors.Failure failure = TrinoErrors.classify(new SQLException("Unsupported object type: java.lang.Thread"));

        assertThat(failure.name()).isEqualTo(TrinoErrors.CLIENT_ERROR);
        assertThat(failure.retryable()).isFalse();
    }
}
