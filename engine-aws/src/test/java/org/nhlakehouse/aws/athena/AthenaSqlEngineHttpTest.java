package org.nhlakehouse.aws.athena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nhlakehouse.aws.testing.AwsJsonServer;
import org.nhlakehouse.core.engine.QueryHandle;
import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.core.engine.QueryState;
import org.nhlakehouse.core.engine.QueryStatus;
import org.nhlakehouse.core.engine.SqlExecutionException;
import org.nhlakehouse.core.engine.SqlStatement;

import com.fasterxml.jackson.databind.JsonNode;

import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.athena.AthenaClient;

/**
 * A real {@link AthenaClient} (URL-connection HTTP client, SigV4 with fake credentials) against a local server that
 * answers like Athena's JSON API, with bodies shaped like the examples in the Athena API reference.
 */
class AthenaSqlEngineHttpTest {

    private static final String TOKEN = "run-2024q2-merge-pbj-into-silver-000000001";

    private AwsJsonServer athena;
    private AthenaSqlEngine engine;

    @BeforeEach
    void setUp() throws Exception {
        athena = AwsJsonServer.start("AmazonAthena");
        engine = AthenaSqlEngine.create(athena.clientSettings(),
                AthenaSettings.of("nh-lakehouse", "nh_silver").withOutputLocation("s3://nh-results/athena/"));
    }

    @AfterEach
    void tearDown() {
        engine.close();
        athena.close();
    }

    @Test
    void execute_sendsTheDocumentedRequests_andReadsAThreePageResult() {
        athena.reply("StartQueryExecution", "{\"QueryExecutionId\":\"a1b2c3d4-5678-90ab-cdef-EXAMPLE11111\"}")
                .reply("GetQueryExecution", execution("RUNNING", null))
                .reply("GetQueryExecution", execution("SUCCEEDED", null))
                .reply("GetQueryResults", results("\"NextToken\":\"page-2\",",
                        row("ccn", "census", "work_date"), row("015009", "53", "2024-04-01"),
                        row("015010", "61", "2024-04-01")))
                .reply("GetQueryResults", results("\"NextToken\":\"page-3\",",
                        row("015011", "47", "2024-04-02"), row("015012", null, "2024-04-02")))
                .reply("GetQueryResults", results("", row("51A009", "0", "2024-04-03")));

        QueryResult result = engine.execute(SqlStatement.of(
                "select ccn, census, work_date from pbj_daily where work_date >= ? and state = ?",
                LocalDate.of(2024, 4, 1), "AL").withClientRequestToken(TOKEN));

        assertThat(result.columnNames()).containsExactly("ccn", "census", "work_date");
        assertThat(result.rows()).containsExactly(
                List.of("015009", 53L, LocalDate.of(2024, 4, 1)),
                List.of("015010", 61L, LocalDate.of(2024, 4, 1)),
                List.of("015011", 47L, LocalDate.of(2024, 4, 2)),
                java.util.Arrays.asList("015012", null, LocalDate.of(2024, 4, 2)),
                List.of("51A009", 0L, LocalDate.of(2024, 4, 3)));
        assertThat(result.stats().bytesScanned()).isEqualTo(1_572_864);
        assertThat(result.stats().elapsedMillis()).isEqualTo(2_345);

        assertThat(athena.received()).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/");
            assertThat(request.contentType()).isEqualTo("application/x-amz-json-1.1");
            assertThat(request.authorization()).startsWith("AWS4-HMAC-SHA256 Credential=AKIDLOCALTEST/")
                    .contains("/us-east-1/athena/aws4_request");
        });
        assertThat(athena.received()).extracting(AwsJsonServer.Received::target).containsExactly(
                "AmazonAthena.StartQueryExecution", "AmazonAthena.GetQueryExecution",
                "AmazonAthena.GetQueryExecution", "AmazonAthena.GetQueryResults", "AmazonAthena.GetQueryResults",
                "AmazonAthena.GetQueryResults");

        JsonNode start = athena.received("StartQueryExecution").getFirst().body();
        assertThat(start.path("QueryString").asText())
                .isEqualTo("select ccn, census, work_date from pbj_daily where work_date >= ? and state = ?");
        assertThat(start.path("QueryExecutionContext").path("Catalog").asText()).isEqualTo("AwsDataCatalog");
        assertThat(start.path("QueryExecutionContext").path("Database").asText()).isEqualTo("nh_silver");
        assertThat(start.path("WorkGroup").asText()).isEqualTo("nh-lakehouse");
        assertThat(start.path("ResultConfiguration").path("OutputLocation").asText())
                .isEqualTo("s3://nh-results/athena/");
        assertThat(start.path("ClientRequestToken").asText()).isEqualTo(TOKEN);
        assertThat(start.path("ExecutionParameters")).extracting(JsonNode::asText)
                .containsExactly("DATE '2024-04-01'", "'AL'");
        assertThat(start.has("ResultReuseConfiguration")).isFalse();

        assertThat(athena.received("GetQueryExecution")).extracting(r -> r.body().path("QueryExecutionId").asText())
                .containsOnly("a1b2c3d4-5678-90ab-cdef-EXAMPLE11111");
        List<JsonNode> pages = athena.received("GetQueryResults").stream().map(AwsJsonServer.Received::body)
                .toList();
        assertThat(pages).extracting(p -> p.path("QueryExecutionId").asText())
                .containsOnly("a1b2c3d4-5678-90ab-cdef-EXAMPLE11111");
        assertThat(pages).extracting(p -> p.path("MaxResults").asInt()).containsOnly(1000);
        assertThat(pages).extracting(p -> p.path("NextToken").asText(null))
                .containsExactly(null, "page-2", "page-3");
    }

    @Test
    void withoutResultReuse_asksAthenaForAFreshResult_onTheSameClient() {
        athena.reply("StartQueryExecution", "{\"QueryExecutionId\":\"q-reused\"}")
                .reply("StartQueryExecution", "{\"QueryExecutionId\":\"q-fresh\"}");
        AthenaSqlEngine reusing = AthenaSqlEngine.create(athena.clientSettings(),
                AthenaSettings.of("nh-lakehouse", "nh_gold").withResultReuse(60));

        reusing.submit(SqlStatement.of("select run_id from nh_ops.pipeline_runs"));
        AthenaSqlEngine probe = reusing.withoutResultReuse();
        probe.submit(SqlStatement.of("select run_id from nh_ops.pipeline_runs"));
        probe.close();

        List<JsonNode> starts = athena.received("StartQueryExecution").stream().map(AwsJsonServer.Received::body)
                .toList();
        assertThat(starts.get(0).at("/ResultReuseConfiguration/ResultReuseByAgeConfiguration/MaxAgeInMinutes").asInt())
                .isEqualTo(60);
        assertThat(starts.get(1).has("ResultReuseConfiguration")).isFalse();
        assertThat(starts.get(1).path("WorkGroup").asText()).isEqualTo("nh-lakehouse");
        athena.reply("StartQueryExecution", "{\"QueryExecutionId\":\"q-after-probe-closed\"}");
        assertThat(reusing.submit(SqlStatement.of("select 1"))).as("the probe left the client open")
                .isEqualTo(new QueryHandle("q-after-probe-closed"));
        reusing.close();
    }

    @Test
    void submit_withoutAToken_letsTheSdkFillInARandomOne() {
        athena.reply("StartQueryExecution", "{\"QueryExecutionId\":\"q-2\"}");

        assertThat(engine.submit(SqlStatement.of("select 1"))).isEqualTo(new QueryHandle("q-2"));

        JsonNode start = athena.received("StartQueryExecution").getFirst().body();
        assertThat(start.path("ClientRequestToken").asText())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(start.has("ExecutionParameters")).isFalse();
    }

    @Test
    void status_ofAnIcebergCommitConflict_isARetryableFailure() {
        athena.reply("GetQueryExecution", execution("FAILED", "\"AthenaError\":{\"ErrorCategory\":2,"
                + "\"ErrorType\":1306,\"Retryable\":false,\"ErrorMessage\":\"ICEBERG_COMMIT_ERROR: Failed to commit"
                + " Iceberg update to table: nh_silver.pbj_daily\"},\"StateChangeReason\":\"ICEBERG_COMMIT_ERROR:"
                + " Failed to commit Iceberg update to table: nh_silver.pbj_daily\""));

        QueryStatus status = engine.status(new QueryHandle("q-3"));

        assertThat(status.state()).isEqualTo(QueryState.FAILED);
        assertThat(status.errorType()).contains("ICEBERG_COMMIT_ERROR");
        assertThat(status.retryable()).isTrue();
        assertThat(athena.received("GetQueryExecution").getFirst().body().path("QueryExecutionId").asText())
                .isEqualTo("q-3");
    }

    @Test
    void status_ofASyntaxError_isAFinalFailure() {
        athena.reply("GetQueryExecution", execution("FAILED", "\"AthenaError\":{\"ErrorCategory\":2,"
                + "\"ErrorType\":1301,\"Retryable\":false,\"ErrorMessage\":\"SYNTAX_ERROR: line 1:8: Column"
                + " 'no_such_column' cannot be resolved\"},\"StateChangeReason\":\"SYNTAX_ERROR: line 1:8: Column"
                + " 'no_such_column' cannot be resolved\""));

        QueryStatus status = engine.status(new QueryHandle("q-4"));

        assertThat(status.errorType()).contains("SYNTAX_ERROR");
        assertThat(status.errorMessage().orElseThrow()).contains("no_such_column");
        assertThat(status.retryable()).isFalse();
    }

    @Test
    void submit_whenThrottled_throwsARetryableTooManyRequests() {
        // Without SDK retries, so that the one throttled answer reaches the engine.
        AthenaClient client = athena.clientSettings().configure(AthenaClient.builder())
                .overrideConfiguration(o -> o.retryStrategy(RetryMode.STANDARD).retryStrategy(b -> b.maxAttempts(1)))
                .build();
        athena.reply("StartQueryExecution", 400, "{\"__type\":\"TooManyRequestsException\",\"Message\":\"Rate"
                + " exceeded\",\"Reason\":\"CONCURRENT_QUERY_LIMIT_EXCEEDED\"}");

        try (AthenaSqlEngine unretried = new AthenaSqlEngine(client, engine.settings())) {
            assertThatThrownBy(() -> unretried.submit(SqlStatement.of("select 1").withLabel("gold-refresh")))
                    .isInstanceOfSatisfying(SqlExecutionException.class, e -> {
                        assertThat(e.errorType()).isEqualTo("TooManyRequestsException");
                        assertThat(e.retryable()).isTrue();
                        assertThat(e.statementLabel()).isEqualTo("gold-refresh");
                    });
        } finally {
            client.close();
        }
        assertThat(athena.received("StartQueryExecution")).hasSize(1);
    }

    @Test
    void submit_whenThrottled_isRetriedByTheSdkFirst() {
        athena.reply("StartQueryExecution", 400, "{\"__type\":\"TooManyRequestsException\",\"Message\":\"Rate"
                + " exceeded\"}")
                .reply("StartQueryExecution", "{\"QueryExecutionId\":\"q-5\"}");

        assertThat(engine.submit(SqlStatement.of("select 1").withClientRequestToken(TOKEN)))
                .isEqualTo(new QueryHandle("q-5"));
        assertThat(athena.received("StartQueryExecution")).extracting(r -> r.body().path("ClientRequestToken")
                .asText()).containsExactly(TOKEN, TOKEN);
    }

    @Test
    void cancel_sendsStopQueryExecution() {
        athena.reply("StopQueryExecution", "{}");

        engine.cancel(new QueryHandle("q-6"));

        assertThat(athena.received("StopQueryExecution").getFirst().body().path("QueryExecutionId").asText())
                .isEqualTo("q-6");
    }

    private static String execution(String state, String extraStatus) {
        return """
                {"QueryExecution":{"QueryExecutionId":"a1b2c3d4-5678-90ab-cdef-EXAMPLE11111",
                 "Query":"select ccn, census, work_date from pbj_daily where work_date >= ? and state = ?",
                 "StatementType":"DML","SubstatementType":"SELECT",
                 "ResultConfiguration":{"OutputLocation":"s3://nh-results/athena/a1b2c3d4.csv"},
                 "QueryExecutionContext":{"Database":"nh_silver","Catalog":"awsdatacatalog"},
                 "Status":{"State":"%s",%s"SubmissionDateTime":1.7325792E9,"CompletionDateTime":1.732579203E9},
                 "Statistics":{"EngineExecutionTimeInMillis":2345,"DataScannedInBytes":1572864,
                  "TotalExecutionTimeInMillis":2890,"QueryQueueTimeInMillis":120},
                 "WorkGroup":"nh-lakehouse","EngineVersion":{"SelectedEngineVersion":"AUTO",
                  "EffectiveEngineVersion":"Athena engine version 3"},
                 "ExecutionParameters":["DATE '2024-04-01'","'AL'"]}}
                """.formatted(state, extraStatus == null ? "" : extraStatus + ",");
    }

    private static String results(String nextToken, String... rows) {
        return """
                {%s"UpdateCount":0,"ResultSet":{"Rows":[%s],"ResultSetMetadata":{"ColumnInfo":[
                 {"CatalogName":"hive","SchemaName":"","TableName":"","Name":"ccn","Label":"ccn","Type":"varchar",
                  "Precision":2147483647,"Scale":0,"Nullable":"UNKNOWN","CaseSensitive":true},
                 {"CatalogName":"hive","SchemaName":"","TableName":"","Name":"census","Label":"census",
                  "Type":"integer","Precision":10,"Scale":0,"Nullable":"UNKNOWN","CaseSensitive":false},
                 {"CatalogName":"hive","SchemaName":"","TableName":"","Name":"work_date","Label":"work_date",
                  "Type":"date","Precision":0,"Scale":0,"Nullable":"UNKNOWN","CaseSensitive":false}]}}}
                """.formatted(nextToken, String.join(",", rows));
    }

    private static String row(String... values) {
        StringBuilder json = new StringBuilder("{\"Data\":[");
        for (int i = 0; i < values.length; i++) {
            json.append(i == 0 ? "" : ",").append(values[i] == null ? "{}" : "{\"VarCharValue\":\"" + values[i] + "\"}");
        }
        return json.append("]}").toString();
    }
}
