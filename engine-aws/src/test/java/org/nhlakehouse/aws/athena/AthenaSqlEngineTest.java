package org.nhlakehouse.aws.athena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.nhlakehouse.core.engine.QueryHandle;
import org.nhlakehouse.core.engine.QueryState;
import org.nhlakehouse.core.engine.QueryStats;
import org.nhlakehouse.core.engine.QueryStatus;
import org.nhlakehouse.core.engine.ResultPage;
import org.nhlakehouse.core.engine.SqlExecutionException;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.engine.SqlType;
import org.nhlakehouse.core.engine.SqlValue;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.athena.model.AthenaError;
import software.amazon.awssdk.services.athena.model.AthenaException;
import software.amazon.awssdk.services.athena.model.ColumnInfo;
import software.amazon.awssdk.services.athena.model.Datum;
import software.amazon.awssdk.services.athena.model.GetQueryExecutionRequest;
import software.amazon.awssdk.services.athena.model.GetQueryExecutionResponse;
import software.amazon.awssdk.services.athena.model.GetQueryResultsRequest;
import software.amazon.awssdk.services.athena.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.athena.model.InternalServerException;
import software.amazon.awssdk.services.athena.model.InvalidRequestException;
import software.amazon.awssdk.services.athena.model.QueryExecution;
import software.amazon.awssdk.services.athena.model.QueryExecutionState;
import software.amazon.awssdk.services.athena.model.ResultSet;
import software.amazon.awssdk.services.athena.model.Row;
import software.amazon.awssdk.services.athena.model.StartQueryExecutionRequest;
import software.amazon.awssdk.services.athena.model.StartQueryExecutionResponse;
import software.amazon.awssdk.services.athena.model.StatementType;
import software.amazon.awssdk.services.athena.model.StopQueryExecutionRequest;
import software.amazon.awssdk.services.athena.model.TooManyRequestsException;

/** Request building and response mapping of {@link AthenaSqlEngine}, on a mocked {@link AthenaClient}. */
class AthenaSqlEngineTest {

    private static final String TOKEN = "pipeline-run-42-merge-pbj-into-silver-0001";

    private AthenaClient athena;
    private AthenaSqlEngine engine;

    @BeforeEach
    void setUp() {
        athena = mock(AthenaClient.class);
        engine = new AthenaSqlEngine(athena, AthenaSettings.of("nh-lakehouse", "nh_silver")
                .withOutputLocation("s3://nh-results/athena/"));
        when(athena.startQueryExecution(any(StartQueryExecutionRequest.class)))
                .thenReturn(StartQueryExecutionResponse.builder().queryExecutionId("q-1").build());
    }

    // --- submit ---------------------------------------------------------------------------------------------------

    @Test
    void submit_sendsQueryContextWorkgroupAndOutputLocation_andNothingElse() {
        QueryHandle handle = engine.submit(SqlStatement.of("select count(*) from staffing"));

        assertThat(handle).isEqualTo(new QueryHandle("q-1"));
        StartQueryExecutionRequest request = sentStart();
        assertThat(request.queryString()).isEqualTo("select count(*) from staffing");
        assertThat(request.queryExecutionContext().catalog()).isEqualTo("AwsDataCatalog");
        assertThat(request.queryExecutionContext().database()).isEqualTo("nh_silver");
        assertThat(request.workGroup()).isEqualTo("nh-lakehouse");
        assertThat(request.resultConfiguration().outputLocation()).isEqualTo("s3://nh-results/athena/");
        assertThat(request.clientRequestToken()).isNull();
        assertThat(request.hasExecutionParameters()).isFalse();
        assertThat(request.resultReuseConfiguration()).isNull();
    }

    @Test
    void submit_withoutOutputLocation_leavesTheResultConfigurationToTheWorkgroup() {
        engine = new AthenaSqlEngine(athena, new AthenaSettings("wg", Optional.empty(), "my_catalog", "db", 0, 500));
        engine.submit(SqlStatement.of("select 1"));

        StartQueryExecutionRequest request = sentStart();
        assertThat(request.resultConfiguration()).isNull();
        assertThat(request.queryExecutionContext().catalog()).isEqualTo("my_catalog");
        assertThat(request.queryExecutionContext().database()).isEqualTo("db");
        assertThat(request.workGroup()).isEqualTo("wg");
    }

    @Test
    void submit_withAClientRequestToken_passesIt() {
        engine.submit(SqlStatement.of("select 1").withClientRequestToken(TOKEN));

        assertThat(sentStart().clientRequestToken()).isEqualTo(TOKEN);
    }

    @Test
    void submit_passesEachParameterAsItsSqlLiteral_inOrder() {
        engine.submit(SqlStatement.of("select * from t where a = ? and b = ? and c = ? and d = ? and e = ? and f = ?"
                + " and g = ? and h = ? and i = ? and j = ?",
                "O'Brien", 42L, 7, 1.25, new BigDecimal("8.50"), LocalDate.of(2024, 4, 1),
                LocalDateTime.of(2024, 4, 1, 12, 30), true, new SqlValue.Null(SqlType.DATE), false));

        assertThat(sentStart().executionParameters()).containsExactly(
                "'O''Brien'",
                "42",
                "7",
                "DOUBLE '1.25'",
                "DECIMAL '8.50'",
                "DATE '2024-04-01'",
                "TIMESTAMP '2024-04-01 12:30:00.000000'",
                "TRUE",
                "CAST(NULL AS date)",
                "FALSE");
    }

    @Test
    void submit_withResultReuse_asksForReuseByAge() {
        engine = new AthenaSqlEngine(athena, AthenaSettings.of("wg", "db").withResultReuse(60));
        engine.submit(SqlStatement.of("select 1"));

        var reuse = sentStart().resultReuseConfiguration().resultReuseByAgeConfiguration();
        assertThat(reuse.enabled()).isTrue();
        assertThat(reuse.maxAgeInMinutes()).isEqualTo(60);
    }

    @Test
    void submit_whenAthenaThrottles_throwsARetryableTooManyRequests() {
        when(athena.startQueryExecution(any(StartQueryExecutionRequest.class))).thenThrow(
                TooManyRequestsException.builder().statusCode(400).awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("TooManyRequestsException").errorMessage("Rate exceeded").build()).build());

        assertThatThrownBy(() -> engine.submit(SqlStatement.of("select 1").withLabel("merge-pbj")))
                .isInstanceOfSatisfying(SqlExecutionException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.errorType()).isEqualTo("TooManyRequestsException");
                    assertThat(e.statementLabel()).isEqualTo("merge-pbj");
                    assertThat(e).hasMessageContaining("Rate exceeded");
                });
    }

    @Test
    void submit_whenAnyCallIsThrottled_reportsTooManyRequests() {
        when(athena.startQueryExecution(any(StartQueryExecutionRequest.class))).thenThrow(
                AthenaException.builder().statusCode(400).awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("ThrottlingException").errorMessage("Rate exceeded").build()).build());

        assertThatThrownBy(() -> engine.submit(SqlStatement.of("select 1")))
                .isInstanceOfSatisfying(SqlExecutionException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.errorType()).isEqualTo("TooManyRequestsException");
                });
    }

    @Test
    void submit_withAnInvalidRequest_throwsANonRetryableError_namedByTheAwsErrorCode() {
        when(athena.startQueryExecution(any(StartQueryExecutionRequest.class))).thenThrow(
                InvalidRequestException.builder().statusCode(400).awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("InvalidRequestException").errorMessage("WorkGroup wg is disabled").build())
                        .build());

        assertThatThrownBy(() -> engine.submit(SqlStatement.of("select 1")))
                .isInstanceOfSatisfying(SqlExecutionException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.errorType()).isEqualTo("InvalidRequestException");
                    assertThat(e).hasMessageContaining("WorkGroup wg is disabled");
                });
    }

    @Test
    void submit_onAnAthenaServerError_isRetryable() {
        when(athena.startQueryExecution(any(StartQueryExecutionRequest.class))).thenThrow(
                InternalServerException.builder().statusCode(500).awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("InternalServerException").errorMessage("oops").build()).build());

        assertThatThrownBy(() -> engine.submit(SqlStatement.of("select 1")))
                .isInstanceOfSatisfying(SqlExecutionException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.errorType()).isEqualTo("InternalServerException");
                });
    }

    @Test
    void submit_whenAthenaCannotBeReached_isRetryable() {
        when(athena.startQueryExecution(any(StartQueryExecutionRequest.class))).thenThrow(SdkClientException
                .builder().message("Unable to execute HTTP request").cause(new java.net.ConnectException()).build());

        assertThatThrownBy(() -> engine.submit(SqlStatement.of("select 1")))
                .isInstanceOfSatisfying(SqlExecutionException.class, e -> {
                    assertThat(e.retryable()).isTrue();
                    assertThat(e.errorType()).isEqualTo("SdkClientException");
                });
    }

    // --- status ---------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({ "QUEUED,QUEUED", "RUNNING,RUNNING", "SUCCEEDED,SUCCEEDED", "CANCELLED,CANCELLED" })
    void status_mapsAthenasStates(QueryExecutionState athenaState, QueryState expected) {
        givenExecution(execution(athenaState, StatementType.DML, "SELECT"));

        assertThat(engine.status(new QueryHandle("q-1")).state()).isEqualTo(expected);
        ArgumentCaptor<GetQueryExecutionRequest> request = ArgumentCaptor.forClass(GetQueryExecutionRequest.class);
        verify(athena).getQueryExecution(request.capture());
        assertThat(request.getValue().queryExecutionId()).isEqualTo("q-1");
    }

    @Test
    void status_ofAStateThisSdkDoesNotKnow_keepsPolling() {
        givenExecution(QueryExecution.builder().queryExecutionId("q-1")
                .status(s -> s.state("SOMETHING_NEW")).build());

        assertThat(engine.status(new QueryHandle("q-1")).state()).isEqualTo(QueryState.RUNNING);
    }

    @Test
    void status_ofASucceededSelect_reportsBytesScannedAndTime_andNoRowsWritten() {
        givenExecution(execution(QueryExecutionState.SUCCEEDED, StatementType.DML, "SELECT"));

        QueryStatus status = engine.status(new QueryHandle("q-1"));
        assertThat(status.stats()).isEqualTo(new QueryStats(-1, -1, 10_485_760, 1_234));
        assertThat(status.errorType()).isEmpty();
        verify(athena, never()).getQueryResults(any(GetQueryResultsRequest.class));
    }

    @Test
    void status_ofASucceededInsert_readsRowsWrittenFromUpdateCount() {
        givenExecution(execution(QueryExecutionState.SUCCEEDED, StatementType.DML, "INSERT"));
        when(athena.getQueryResults(any(GetQueryResultsRequest.class))).thenReturn(GetQueryResultsResponse.builder()
                .updateCount(3L).resultSet(ResultSet.builder().build()).build());

        assertThat(engine.status(new QueryHandle("q-1")).stats().rowsWritten()).isEqualTo(3);
        ArgumentCaptor<GetQueryResultsRequest> request = ArgumentCaptor.forClass(GetQueryResultsRequest.class);
        verify(athena).getQueryResults(request.capture());
        assertThat(request.getValue().queryExecutionId()).isEqualTo("q-1");
        assertThat(request.getValue().maxResults()).isEqualTo(1);
    }

    @Test
    void status_ofAFailedIcebergCommit_isRetryable_evenWhenAthenaDoesNotSaySo() {
        givenFailure("ICEBERG_COMMIT_ERROR: Failed to commit Iceberg update to table: nh_silver.pbj_daily", false);

        QueryStatus status = engine.status(new QueryHandle("q-1"));
        assertThat(status.state()).isEqualTo(QueryState.FAILED);
        assertThat(status.errorType()).contains("ICEBERG_COMMIT_ERROR");
        assertThat(status.errorMessage().orElseThrow()).startsWith("ICEBERG_COMMIT_ERROR: Failed to commit");
        assertThat(status.retryable()).isTrue();
        assertThat(status.stats().bytesScanned()).isEqualTo(10_485_760);
    }

    @Test
    void status_ofASyntaxError_isNotRetryable() {
        givenFailure("SYNTAX_ERROR: line 1:8: Column 'no_such_column' cannot be resolved", false);

        QueryStatus status = engine.status(new QueryHandle("q-1"));
        assertThat(status.errorType()).contains("SYNTAX_ERROR");
        assertThat(status.retryable()).isFalse();
    }

    @Test
    void status_takesRetryableFromAthenaError() {
        givenFailure("GENERIC_INTERNAL_ERROR: something transient", true);

        assertThat(engine.status(new QueryHandle("q-1")).retryable()).isTrue();
    }

    @Test
    void status_ofExhaustedResources_isNeverRetryable() {
        givenFailure("Query exhausted resources at this scale factor", true);

        QueryStatus status = engine.status(new QueryHandle("q-1"));
        assertThat(status.errorType()).contains("1306");
        assertThat(status.retryable()).isFalse();
    }

    @Test
    void status_readsABracketedErrorCode() {
        givenFailure("[ErrorCode: INTERNAL_ERROR_QUERY_ENGINE] Amazon Athena experienced an internal error", false);

        assertThat(engine.status(new QueryHandle("q-1")).errorType()).contains("INTERNAL_ERROR_QUERY_ENGINE");
    }

    @Test
    void status_withoutAthenaError_namesTheErrorFromTheStateChangeReason() {
        givenExecution(QueryExecution.builder().queryExecutionId("q-1").status(s -> s
                .state(QueryExecutionState.FAILED)
                .stateChangeReason("TABLE_NOT_FOUND: line 1:15: Table 'x' does not exist")).build());

        QueryStatus status = engine.status(new QueryHandle("q-1"));
        assertThat(status.errorType()).contains("TABLE_NOT_FOUND");
        assertThat(status.errorMessage()).contains("TABLE_NOT_FOUND: line 1:15: Table 'x' does not exist");
        assertThat(status.retryable()).isFalse();
    }

    @Test
    void status_withNeitherNameNorErrorType_fallsBackToTheCategory() {
        givenExecution(QueryExecution.builder().queryExecutionId("q-1").status(s -> s
                .state(QueryExecutionState.FAILED)
                .athenaError(AthenaError.builder().errorCategory(1).errorMessage("Something broke").build()))
                .build());

        assertThat(engine.status(new QueryHandle("q-1")).errorType()).contains("ERROR_CATEGORY_1");
    }

    @Test
    void status_ofAnUnknownQuery_throwsANonRetryableError() {
        when(athena.getQueryExecution(any(GetQueryExecutionRequest.class))).thenThrow(
                InvalidRequestException.builder().statusCode(400).awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("InvalidRequestException").errorMessage("QueryExecution q-9 was not found")
                        .build()).build());

        assertThatThrownBy(() -> engine.status(new QueryHandle("q-9")))
                .isInstanceOfSatisfying(SqlExecutionException.class, e -> {
                    assertThat(e.retryable()).isFalse();
                    assertThat(e.statementLabel()).isEqualTo("q-9");
                });
    }

    // --- results --------------------------------------------------------------------------------------------------

    @Test
    void results_dropTheHeaderRowOfTheFirstPage_andOnlyIt() {
        givenExecution(execution(QueryExecutionState.SUCCEEDED, StatementType.DML, "SELECT"));
        when(athena.getQueryResults(any(GetQueryResultsRequest.class))).thenReturn(
                page(List.of(varchar("ccn")), "t2", row("ccn"), row("015009"), row("ccn")),
                page(List.of(varchar("ccn")), null, row("ccn"), row("51A009")));
        QueryHandle handle = new QueryHandle("q-1");

        ResultPage first = engine.results(handle, Optional.empty(), 1000);
        ResultPage second = engine.results(handle, first.nextPageToken(), 1000);

        assertThat(first.rows()).containsExactly(List.of("015009"), List.of("ccn"));
        assertThat(first.nextPageToken()).contains("t2");
        assertThat(second.rows()).containsExactly(List.of("ccn"), List.of("51A009"));
        assertThat(second.nextPageToken()).isEmpty();
    }

    @Test
    void results_ofAnEmptySelect_haveNoRows() {
        givenExecution(execution(QueryExecutionState.SUCCEEDED, StatementType.DML, "SELECT"));
        when(athena.getQueryResults(any(GetQueryResultsRequest.class)))
                .thenReturn(page(List.of(varchar("ccn")), null, row("ccn")));

        ResultPage page = engine.results(new QueryHandle("q-1"), Optional.empty(), 1000);
        assertThat(page.rows()).isEmpty();
        assertThat(page.columns()).extracting(c -> c.name()).containsExactly("ccn");
    }

    @Test
    void results_ofAUtilityStatement_keepTheFirstRow_evenWhenItLooksLikeAHeader() {
        givenExecution(execution(QueryExecutionState.SUCCEEDED, StatementType.UTILITY, null));
        when(athena.getQueryResults(any(GetQueryResultsRequest.class)))
                .thenReturn(page(List.of(varchar("tab_name")), null, row("tab_name"), row("staffing")));

        assertThat(engine.results(new QueryHandle("q-1"), Optional.empty(), 1000).rows())
                .containsExactly(List.of("tab_name"), List.of("staffing"));
    }

    @Test
    void results_reuseTheStatementKindThatStatusSaw_withoutAnotherCall() {
        givenExecution(execution(QueryExecutionState.SUCCEEDED, StatementType.DML, "SELECT"));
        when(athena.getQueryResults(any(GetQueryResultsRequest.class)))
                .thenReturn(page(List.of(varchar("ccn")), null, row("ccn"), row("015009")));
        QueryHandle handle = new QueryHandle("q-1");

        engine.status(handle);
        assertThat(engine.results(handle, Optional.empty(), 1000).rows()).containsExactly(List.of("015009"));
        verify(athena, times(1)).getQueryExecution(any(GetQueryExecutionRequest.class));
    }

    @Test
    void results_askForAtMostThePageSize_andPassTheToken() {
        engine = new AthenaSqlEngine(athena, AthenaSettings.of("wg", "db").withPageSize(250));
        when(athena.getQueryResults(any(GetQueryResultsRequest.class)))
                .thenReturn(page(List.of(varchar("ccn")), null, row("015009")));

        engine.results(new QueryHandle("q-1"), Optional.of("token-2"), 1000);
        engine.results(new QueryHandle("q-1"), Optional.of("token-3"), 100);

        ArgumentCaptor<GetQueryResultsRequest> requests = ArgumentCaptor.forClass(GetQueryResultsRequest.class);
        verify(athena, times(2)).getQueryResults(requests.capture());
        assertThat(requests.getAllValues()).extracting(GetQueryResultsRequest::queryExecutionId)
                .containsOnly("q-1");
        assertThat(requests.getAllValues()).extracting(GetQueryResultsRequest::maxResults).containsExactly(250, 100);
        assertThat(requests.getAllValues()).extracting(GetQueryResultsRequest::nextToken)
                .containsExactly("token-2", "token-3");
    }

    @Test
    void results_typeEveryValueByItsColumnType_andMissingValuesAreNull() {
        givenExecution(execution(QueryExecutionState.SUCCEEDED, StatementType.DML, "SELECT"));
        List<ColumnInfo> columns = List.of(column("s", "varchar"), column("c", "char"), column("t", "tinyint"),
                column("sm", "smallint"), column("i", "integer"), column("b", "bigint"), column("d", "double"),
                column("f", "float"), column("r", "real"), column("dec", "decimal"), column("day", "date"),
                column("ts", "timestamp"), column("ok", "boolean"), column("arr", "array"), column("n", "bigint"));
        Row header = row("s", "c", "t", "sm", "i", "b", "d", "f", "r", "dec", "day", "ts", "ok", "arr", "n");
        Row values = Row.builder().data(datum("015009"), datum("A"), datum("1"), datum("2"), datum("3"),
                datum("9000000000"), datum("1.25"), datum("2.5"), datum("NaN"), datum("8.50"), datum("2024-04-01"),
                datum("2024-04-01 12:30:00.123"), datum("true"), datum("[1, 2]"), Datum.builder().build()).build();
        when(athena.getQueryResults(any(GetQueryResultsRequest.class))).thenReturn(GetQueryResultsResponse.builder()
                .resultSet(ResultSet.builder().rows(header, values)
                        .resultSetMetadata(m -> m.columnInfo(columns)).build())
                .build());

        ResultPage page = engine.results(new QueryHandle("q-1"), Optional.empty(), 1000);

        assertThat(page.columns()).extracting(c -> c.type()).containsExactly(SqlType.VARCHAR, SqlType.VARCHAR,
                SqlType.BIGINT, SqlType.BIGINT, SqlType.BIGINT, SqlType.BIGINT, SqlType.DOUBLE, SqlType.DOUBLE,
                SqlType.DOUBLE, SqlType.DECIMAL, SqlType.DATE, SqlType.TIMESTAMP, SqlType.BOOLEAN, SqlType.OTHER,
                SqlType.BIGINT);
        assertThat(page.rows()).hasSize(1);
        assertThat(page.rows().getFirst()).containsExactly("015009", "A", 1L, 2L, 3L, 9_000_000_000L, 1.25, 2.5,
                Double.NaN, new BigDecimal("8.50"), LocalDate.of(2024, 4, 1),
                LocalDateTime.of(2024, 4, 1, 12, 30, 0, 123_000_000), true, "[1, 2]", null);
    }

    @Test
    void results_ofANotFinishedQuery_throw() {
        when(athena.getQueryResults(any(GetQueryResultsRequest.class))).thenThrow(
                InvalidRequestException.builder().statusCode(400).awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("InvalidRequestException").errorMessage("Query has not yet finished").build())
                        .build());

        assertThatThrownBy(() -> engine.results(new QueryHandle("q-1"), Optional.empty(), 10))
                .isInstanceOf(SqlExecutionException.class).hasMessageContaining("Query has not yet finished");
    }

    // --- cancel ---------------------------------------------------------------------------------------------------

    @Test
    void cancel_stopsTheQuery() {
        engine.cancel(new QueryHandle("q-1"));

        ArgumentCaptor<StopQueryExecutionRequest> request = ArgumentCaptor.forClass(StopQueryExecutionRequest.class);
        verify(athena).stopQueryExecution(request.capture());
        assertThat(request.getValue().queryExecutionId()).isEqualTo("q-1");
    }

    @Test
    void cancel_ofAFinishedQuery_isHarmless_evenWhenAthenaRefuses() {
        when(athena.stopQueryExecution(any(StopQueryExecutionRequest.class))).thenThrow(
                InvalidRequestException.builder().statusCode(400).awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("InvalidRequestException").errorMessage("already finished").build()).build());
        givenExecution(execution(QueryExecutionState.SUCCEEDED, StatementType.DML, "SELECT"));

        engine.cancel(new QueryHandle("q-1"));
    }

    @Test
    void cancel_ofARunningQuery_thatAthenaRefuses_throws() {
        when(athena.stopQueryExecution(any(StopQueryExecutionRequest.class))).thenThrow(
                InvalidRequestException.builder().statusCode(400).awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("InvalidRequestException").errorMessage("denied").build()).build());
        givenExecution(execution(QueryExecutionState.RUNNING, StatementType.DML, "SELECT"));

        assertThatThrownBy(() -> engine.cancel(new QueryHandle("q-1"))).isInstanceOf(SqlExecutionException.class);
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private StartQueryExecutionRequest sentStart() {
        ArgumentCaptor<StartQueryExecutionRequest> request = ArgumentCaptor.forClass(StartQueryExecutionRequest.class);
        verify(athena).startQueryExecution(request.capture());
        return request.getValue();
    }

    private void givenExecution(QueryExecution execution) {
        when(athena.getQueryExecution(any(GetQueryExecutionRequest.class)))
                .thenReturn(GetQueryExecutionResponse.builder().queryExecution(execution).build());
    }

    private void givenFailure(String message, boolean retryable) {
        givenExecution(QueryExecution.builder().queryExecutionId("q-1")
                .statementType(StatementType.DML).substatementType("MERGE_INTO")
                .status(s -> s.state(QueryExecutionState.FAILED).stateChangeReason(message)
                        .athenaError(AthenaError.builder().errorCategory(2).errorType(1306).retryable(retryable)
                                .errorMessage(message).build()))
                .statistics(st -> st.dataScannedInBytes(10_485_760L).engineExecutionTimeInMillis(1_234L))
                .build());
    }

    private static QueryExecution execution(QueryExecutionState state, StatementType type, String substatement) {
        return QueryExecution.builder().queryExecutionId("q-1").statementType(type).substatementType(substatement)
                .status(s -> s.state(state))
                .statistics(st -> st.dataScannedInBytes(10_485_760L).engineExecutionTimeInMillis(1_234L))
                .build();
    }

    private static GetQueryResultsResponse page(List<ColumnInfo> columns, String nextToken, Row... rows) {
        return GetQueryResultsResponse.builder().nextToken(nextToken)
                .resultSet(ResultSet.builder().rows(rows).resultSetMetadata(m -> m.columnInfo(columns)).build())
                .build();
    }

    private static ColumnInfo varchar(String name) {
        return column(name, "varchar");
    }

    private static ColumnInfo column(String name, String type) {
        return ColumnInfo.builder().name(name).label(name).type(type).build();
    }

    private static Row row(String... values) {
        return Row.builder().data(Arrays.stream(values).map(AthenaSqlEngineTest::datum).toList()).build();
    }

    private static Datum datum(String value) {
        return Datum.builder().varCharValue(value).build();
    }
}
