package org.nhlakehouse.aws.athena;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.nhlakehouse.aws.AwsClientSettings;
import org.nhlakehouse.core.engine.EngineKind;
import org.nhlakehouse.core.engine.QueryHandle;
import org.nhlakehouse.core.engine.QueryState;
import org.nhlakehouse.core.engine.QueryStats;
import org.nhlakehouse.core.engine.QueryStatus;
import org.nhlakehouse.core.engine.ResultColumn;
import org.nhlakehouse.core.engine.ResultPage;
import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.engine.SqlValue;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.ColumnInfo;
import software.amazon.awssdk.services.athena.model.GetQueryExecutionRequest;
import software.amazon.awssdk.services.athena.model.GetQueryResultsRequest;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionStatistics;
import software.amazon.awssdk.services.athena.model.QueryExecutionStatus;
import software.amazon.awssdk.services.athena.model.ResultSet;
import software.amazon.awssdk.services.athena.model.Row;
import software.amazon.awssdk.services.athena.model.StartQueryExecutionRequest;
import software.amazon.awssdk.services.athena.model.StopQueryExecutionRequest;

/**
 * {@link SqlEngine} on Amazon Athena: {@code StartQueryExecution}, {@code GetQueryExecution},
 * {@code GetQueryResults} and {@code StopQueryExecution}, one call each, so that a Lambda function can submit a
 * statement and another one poll it.
 *
 * <p>
 * Parameters travel as Athena {@code ExecutionParameters}, each value's {@link SqlValue#toSqlLiteral()} in order.
 * Athena accepts {@code ?} placeholders only in the WHERE clause of SELECT, INSERT INTO, CTAS and UNLOAD statements
 * (https://docs.aws.amazon.com/athena/latest/ug/querying-with-prepared-statements.html); MERGE and DDL take none.
 *
 * <p>
 * Thread-safe: the SDK client is, and the only state kept here is a bounded cache of statement kinds.
 */
public final class AthenaSqlEngine implements SqlEngine {

    private final AthenaClient athena;
    private final AthenaSettings settings;
    private final boolean ownsClient;
    private final StatementKinds statementKinds = new StatementKinds(1024);

    /** An engine on a client that the caller owns (and closes). */
    public AthenaSqlEngine(AthenaClient athena, AthenaSettings settings) {
        this(athena, settings, false);
    }

    private AthenaSqlEngine(AthenaClient athena, AthenaSettings settings, boolean ownsClient) {
        this.athena = Objects.requireNonNull(athena, "athena");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ownsClient = ownsClient;
    }

    /**
     * This engine without Athena result reuse, on the same client (closing it leaves the client open): for a query
     * whose answer must be current, such as a data-version probe.
     */
    public AthenaSqlEngine withoutResultReuse() {
        return new AthenaSqlEngine(athena, settings.withResultReuse(0), false);
    }

    /** An engine with its own client, built from the settings; {@link #close()} closes the client. */
    public static AthenaSqlEngine create(AwsClientSettings client, AthenaSettings settings) {
        return new AthenaSqlEngine(client.configure(AthenaClient.builder()).build(), settings, true);
    }

    @Override
    public EngineKind kind() {
        return EngineKind.ATHENA;
    }

    public AthenaSettings settings() {
        return settings;
    }

    @Override
    public QueryHandle submit(SqlStatement statement) {
        StartQueryExecutionRequest.Builder request = StartQueryExecutionRequest.builder()
                .queryString(statement.sql())
                .queryExecutionContext(context -> context.catalog(settings.catalog()).database(settings.database()))
                .workGroup(settings.workgroup());
        settings.outputLocation().ifPresent(location -> request.resultConfiguration(r -> r.outputLocation(location)));
        // Without a token the SDK fills in a random one (the field is an idempotency token in Athena's model).
        statement.clientRequestToken().ifPresent(request::clientRequestToken);
        if (!statement.parameters().isEmpty()) {
            request.executionParameters(statement.parameters().stream().map(SqlValue::toSqlLiteral).toList());
        }
        if (settings.resultReuseEnabled()) {
            request.resultReuseConfiguration(reuse -> reuse.resultReuseByAgeConfiguration(
                    age -> age.enabled(true).maxAgeInMinutes(settings.resultReuseMaxAgeMinutes())));
        }
        try {
            return new QueryHandle(athena.startQueryExecution(request.build()).queryExecutionId());
        } catch (SdkException e) {
            throw AthenaErrors.ofApiCall(statement.label(), e);
        }
    }

    @Override
    public QueryStatus status(QueryHandle handle) {
        QueryExecution execution = queryExecution(handle);
        QueryExecutionStatus status = execution.status();
        QueryState state = state(status);
        QueryStats stats = stats(execution.statistics(), -1);
        return switch (state) {
            case QUEUED, RUNNING -> new QueryStatus(state, Optional.empty(), Optional.empty(), false, stats);
            case SUCCEEDED -> QueryStatus.succeeded(stats(execution.statistics(), rowsWritten(handle, execution)));
            case CANCELLED -> new QueryStatus(state, Optional.empty(), Optional.ofNullable(status.stateChangeReason()),
                    false, stats);
            case FAILED -> {
                AthenaErrors.Failure failure = AthenaErrors.ofFailedQuery(Optional.ofNullable(status.athenaError()),
                        status.stateChangeReason());
                yield new QueryStatus(state, Optional.of(failure.errorType()), Optional.of(failure.message()),
                        failure.retryable(), stats);
            }
        };
    }

    @Override
    public ResultPage results(QueryHandle handle, Optional<String> pageToken, int maxRows) {
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1, got " + maxRows);
        }
        GetQueryResultsRequest.Builder request = GetQueryResultsRequest.builder()
                .queryExecutionId(handle.id())
                .maxResults(Math.min(maxRows, settings.pageSize()));
        pageToken.ifPresent(request::nextToken);
        GetQueryResultsResponse response;
        try {
            response = athena.getQueryResults(request.build());
        } catch (SdkException e) {
            throw AthenaErrors.ofApiCall(handle.id(), e);
        }
        ResultSet resultSet = response.resultSet() == null ? ResultSet.builder().build() : response.resultSet();
        List<ColumnInfo> columnInfos = resultSet.resultSetMetadata() == null ? List.of()
                : resultSet.resultSetMetadata().columnInfo();
        List<ResultColumn> columns = columnInfos.stream()
                .map(info -> new ResultColumn(info.name(), AthenaValues.sqlType(info.type())))
                .toList();
        List<Row> rows = resultSet.rows();
        int first = pageToken.isEmpty() && startsWithHeader(handle, columns, rows) ? 1 : 0;
        List<List<Object>> values = new ArrayList<>(rows.size());
        for (Row row : rows.subList(first, rows.size())) {
            values.add(AthenaRows.values(columns, row));
        }
        return new ResultPage(columns, values, Optional.ofNullable(response.nextToken()).filter(t -> !t.isEmpty()));
    }

    @Override
    public void cancel(QueryHandle handle) {
        try {
            athena.stopQueryExecution(StopQueryExecutionRequest.builder().queryExecutionId(handle.id()).build());
        } catch (SdkException e) {
            // Stopping a finished query is not an error for callers (the port promises it does nothing).
            if (!status(handle).state().isTerminal()) {
                throw AthenaErrors.ofApiCall(handle.id(), e);
            }
        }
    }

    @Override
    public void release(QueryHandle handle) {
        statementKinds.forget(handle.id());
    }

    @Override
    public void close() {
        if (ownsClient) {
            athena.close();
        }
    }

    private QueryExecution queryExecution(QueryHandle handle) {
        try {
            QueryExecution execution = athena
                    .getQueryExecution(GetQueryExecutionRequest.builder().queryExecutionId(handle.id()).build())
                    .queryExecution();
            statementKinds.remember(handle.id(), execution);
            return execution;
        } catch (SdkException e) {
            throw AthenaErrors.ofApiCall(handle.id(), e);
        }
    }

    private static QueryState state(QueryExecutionStatus status) {
        return switch (status.state()) {
            case QUEUED -> QueryState.QUEUED;
            case SUCCEEDED -> QueryState.SUCCEEDED;
            case FAILED -> QueryState.FAILED;
            case CANCELLED -> QueryState.CANCELLED;
            // A state this SDK does not know yet is not terminal: keep polling.
            case RUNNING, UNKNOWN_TO_SDK_VERSION -> QueryState.RUNNING;
        };
    }

    /** Athena reports neither rows read nor (except through UpdateCount) rows written in its statistics. */
    private static QueryStats stats(QueryExecutionStatistics statistics, long rowsWritten) {
        if (statistics == null) {
            return new QueryStats(rowsWritten, -1, -1, -1);
        }
        long bytes = statistics.dataScannedInBytes() == null ? -1 : statistics.dataScannedInBytes();
        long millis = statistics.engineExecutionTimeInMillis() == null ? -1 : statistics.engineExecutionTimeInMillis();
        return new QueryStats(rowsWritten, -1, bytes, millis);
    }

    /**
     * Rows written by a succeeded INSERT, CTAS, UPDATE, DELETE or MERGE, from {@code GetQueryResults.UpdateCount};
     * -1 for SELECT, DDL and utility statements.
     */
    private long rowsWritten(QueryHandle handle, QueryExecution execution) {
        if (!StatementKinds.isWrite(execution)) {
            return -1;
        }
        try {
            Long count = athena
                    .getQueryResults(GetQueryResultsRequest.builder().queryExecutionId(handle.id()).maxResults(1).build())
                    .updateCount();
            return count == null ? -1 : count;
        } catch (SdkException e) {
            throw AthenaErrors.ofApiCall(handle.id(), e);
        }
    }

    /**
     * Athena puts the column labels in the first row of the first page of a SELECT's result (and not of DDL or utility
     * results). Only that row is dropped: the statement must be a query and the row must equal the column names.
     */
    private boolean startsWithHeader(QueryHandle handle, List<ResultColumn> columns, List<Row> rows) {
        if (rows.isEmpty() || columns.isEmpty() || !AthenaRows.repeatsColumnNames(columns, rows.getFirst())) {
            return false;
        }
        return statementKinds.returnsRows(handle.id()).orElseGet(() -> StatementKinds.isQuery(queryExecution(handle)));
    }
}
