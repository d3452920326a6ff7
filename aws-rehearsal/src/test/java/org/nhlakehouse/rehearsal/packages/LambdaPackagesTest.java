package org.nhlakehouse.rehearsal.packages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.nhlakehouse.aws.s3.S3ObjectStore;
import org.nhlakehouse.aws.s3.S3Settings;
import org.nhlakehouse.aws.sfn.StepFunctionsExecutionStarter;
import org.nhlakehouse.core.landing.Dataset;
import org.nhlakehouse.core.pipeline.Batch;
import org.nhlakehouse.core.sql.PipelineStep;
import org.nhlakehouse.core.sql.SqlCatalog;
import org.nhlakehouse.core.tasks.PipelineLease;
import org.nhlakehouse.core.tasks.PipelineServices;
import org.nhlakehouse.rehearsal.packages.RuntimeApi.Answer;
import org.nhlakehouse.rehearsal.template.CloudFormation;
import org.nhlakehouse.rehearsal.template.DeployedDefinition;
import org.nhlakehouse.rehearsal.tools.AwsTools;
import org.nhlakehouse.rehearsal.tools.LoopbackHttp;
import org.nhlakehouse.rehearsal.tools.MotoServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.athena.AthenaClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The packages template.yaml deploys, run as Lambda runs them: each function of the transformed template is started
 * from its unpacked package under AWS's Runtime Interface Client with the template's Handler, memory and environment,
 * against a Runtime API served here, and given a real event of the kind that invokes it on AWS; the AWS services it
 * calls are moto_server's (S3, Step Functions, Athena's API). The time from process start to the first poll for an
 * event is each function's initialization (the cold start SnapStart would spare), written to
 * target/rehearsal/init-times.txt.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LambdaPackagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(3);
    private static final String RAW_KEY = "bronze/pbj/PBJ_Daily_Nurse_Staffing_Q2_2024.csv";
    /** The execution whose tasks the pipeline functions are given, as the state machine names them all. */
    private static final String EXECUTION = "rehearsal-run";

    private final CloudFormation cfn = CloudFormation.transformed();
    private final Map<String, String> initTimes = new LinkedHashMap<>();
    private MotoServer moto;
    private HttpServer cloudFormationResponses;
    private final CompletableFuture<String> customResourceAnswer = new CompletableFuture<>();
    private Map<String, String> physical;
    private String stateMachineArn;
    private S3Client s3;

    @BeforeAll
    void deployOntoMoto() throws Exception {
        moto = MotoServer.start();
        try (S3Client s3 = moto.clientSettings().configure(S3Client.builder()).forcePathStyle(true).build();
                SfnClient sfn = moto.clientSettings().configure(SfnClient.builder()).build();
                AthenaClient athena = moto.clientSettings().configure(AthenaClient.builder()).build()) {
            s3.createBucket(b -> b.bucket(CloudFormation.BUCKET));
            s3.putObject(p -> p.bucket(CloudFormation.BUCKET).key(RAW_KEY),
                    RequestBody.fromFile(AwsTools.repository().resolve("samples/cms").resolve(
                            RAW_KEY.substring(RAW_KEY.lastIndexOf('/') + 1))));
            athena.createWorkGroup(w -> w.name(CloudFormation.STACK).configuration(c -> c.resultConfiguration(
                    r -> r.outputLocation("s3://" + CloudFormation.BUCKET + "/athena-results/"))));
            stateMachineArn = sfn.createStateMachine(c -> c.name(CloudFormation.STACK + "-pipeline")
                    .definition(DeployedDefinition.of(cfn).json())
                    .roleArn("arn:aws:iam::123456789012:role/rehearsal-pipeline")).stateMachineArn();
        }
        physical = new LinkedHashMap<>(cfn.physicalIds());
        physical.put("LakehouseBucket", CloudFormation.BUCKET);
        physical.put("AthenaWorkGroup", CloudFormation.STACK);
        physical.put("PipelineStateMachine", stateMachineArn);

        cloudFormationResponses = LoopbackHttp.start("/", exchange -> {
            try (exchange) {
                customResourceAnswer.complete(
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(200, -1);
            }
        });
    }

    @AfterAll
    void stop() throws IOException {
        if (s3 != null) {
            s3.close();
        }
        if (cloudFormationResponses != null) {
            cloudFormationResponses.stop(0);
        }
        if (moto != null) {
            moto.close();
        }
        StringBuilder lines = new StringBuilder();
        initTimes.forEach((function, time) -> lines.append(function).append('\t').append(time).append('\n'));
        Files.writeString(AwsTools.workDirectory(".").resolve("init-times.txt"), lines);
    }

    @Test
    void eachPackage_fitsLambdasUnzippedQuota_andHoldsNoDuckDb() throws IOException {
        Set<Path> zips = new TreeSet<>();
        cfn.resources("AWS::Lambda::Function").values()
                .forEach(f -> zips.add(CloudFormation.artifact(f.path("Properties").path("Code"))));
        assertThat(zips).extracting(p -> AwsTools.repository().relativize(p).toString())
                .containsExactlyInAnyOrder("functions/target/function.zip", "dashboard-lambda/target/function.zip");
        for (Path zip : zips) {
            LambdaPackage code = LambdaPackage.unpack(zip);
            assertThat(code.unzippedBytes()).as(zip + " unzipped").isPositive()
                    .isLessThan(LambdaPackage.MAX_UNZIPPED_BYTES);
            assertThat(code.duckDbEntries()).as(zip + " entries").isEmpty();
            assertThat(code.duckDbClasses()).as(zip + " classes").isEmpty();
            initTimes.put(AwsTools.repository().relativize(zip) + " unzipped MB",
                    String.format(Locale.ROOT, "%.1f", code.unzippedBytes() / 1024.0 / 1024.0));
        }
    }

    @TestFactory
    List<DynamicTest> everyFunction_answersARealEvent_underTheRuntimeInterfaceClient() {
        Map<String, Rehearsal> rehearsals = rehearsals();
        List<DynamicTest> tests = new ArrayList<>();
        cfn.resources("AWS::Lambda::Function").forEach((function, resource) -> {
            if (resource.has("Condition")) {
                // Deployed only when its parameters are given (the Drive poll); see docs/deploy.md.
                return;
            }
            tests.add(DynamicTest.dynamicTest(function, () -> {
                Rehearsal rehearsal = rehearsals.get(function);
                assertThat(rehearsal).as("a rehearsal event for " + function + " (add one to this test)").isNotNull();
                run(function, resource.path("Properties"), rehearsal);
            }));
        });
        assertThat(tests).hasSizeGreaterThanOrEqualTo(2);
        return tests;
    }

    /** What invokes a function on AWS, and what it must answer. */
    private record Rehearsal(List<Step> steps) {

        static Rehearsal of(Step... steps) {
            return new Rehearsal(List.of(steps));
        }
    }

    private record Step(Runnable before, String event, Consumer<JsonNode> answer) {

        Step(String event, Consumer<JsonNode> answer) {
            this(() -> {
            }, event, answer);
        }
    }

    private Map<String, Rehearsal> rehearsals() {
        String batchJson = batchJson();
        PipelineStep first = SqlCatalog.load().steps().getFirst();
        String firstStep = first.id();
        // A step as "Acquire the pipeline lease" plans it, and as the Map hands it to "Start the query".
        String stepJson = JSON.createObjectNode().put("id", first.id()).put("title", first.title())
                .put("kind", first.kind().name().toLowerCase(Locale.ROOT)).toString();
        String queryId = startAthenaQuery();
        Map<String, Rehearsal> rehearsals = new LinkedHashMap<>();
        String objectCreated = objectCreatedEvent();
        rehearsals.put("StartPipelineFunction", Rehearsal.of(
                new Step(objectCreated, answer -> {
                    assertThat(answer.path("started").asBoolean()).as(answer.toString()).isTrue();
                    assertThat(answer.path("executionArn").asText()).startsWith(stateMachineArn.replace(
                            ":stateMachine:", ":execution:"));
                }),
                // EventBridge delivers at least once: the same event again, later, starts no second execution, and
                // says so. (While the first one runs, StartExecution with the same name and input succeeds with the
                // same execution, as AWS documents and moto does; the starter tells it by its start date.)
                new Step(LambdaPackagesTest::aRedeliveryLater, objectCreated, answer -> {
                    assertThat(answer.path("started").asBoolean()).as(answer.toString()).isFalse();
                    assertThat(answer.path("alreadyStarted").asBoolean()).as(answer.toString()).isTrue();
                    try (SfnClient sfn = moto.clientSettings().configure(SfnClient.builder()).build()) {
                        assertThat(sfn.listExecutions(l -> l.stateMachineArn(stateMachineArn)).executions())
                                .extracting(e -> e.executionArn()).containsExactly(answer.path("executionArn").asText());
                    }
                })));
        rehearsals.put("LandFileFunction", Rehearsal.of(new Step(
                "{\"key\": \"" + RAW_KEY + "\", \"execution\": \"rehearsal-land\"}", answer -> {
                    assertThat(answer.path("status").asText()).as(answer.toString()).isEqualTo("landed");
                    assertThat(answer.path("dataset").asText()).isEqualTo("pbj");
                    assertThat(answer.path("rowsIn").asLong()).isPositive();
                })));
        // The tasks of one execution, with the input the state machine's states give them (pipeline.asl.json).
        // "Prepare the run" sets the plan that "Acquire the pipeline lease" gets as previous.
        rehearsals.put("PlanBatchFunction", Rehearsal.of(new Step(
                "{\"execution\": \"" + EXECUTION + "\", \"landed\": [],"
                        + " \"previous\": {\"acquired\": false, \"empty\": true}}",
                answer -> assertThat(answer.path("acquired").asBoolean()).as(answer.toString()).isTrue())));
        // A step runs only once "Acquire the pipeline lease" has answered acquired for its execution: the lease is
        // taken as that task takes it, then the step renews it (LeaseLostException otherwise).
        String stepItem = "\"step\": " + stepJson + ", \"batch\": " + batchJson + ", \"execution\": \""
                + EXECUTION + "\"";
        rehearsals.put("RunSqlStepFunction", Rehearsal.of(new Step(this::holdTheLease, "{" + stepItem + "}",
                answer -> {
                    assertThat(answer.path("stepId").asText()).as(answer.toString()).isEqualTo(firstStep);
                    assertThat(answer.path("queryId").asText()).isNotBlank();
                })));
        rehearsals.put("CheckSqlStepFunction", Rehearsal.of(new Step(this::holdTheLease, "{" + stepItem
                + ", \"query\": {\"queryId\": \"" + queryId + "\", \"stepId\": \"" + firstStep
                + "\", \"attempt\": 0}}",
                answer -> assertThat(answer.path("state").asText()).as(answer.toString()).isEqualTo("SUCCEEDED"))));
        rehearsals.put("FinishRunFunction", Rehearsal.of(new Step(this::holdTheLease,
                "{\"execution\": \"" + EXECUTION + "\", \"plan\": {\"acquired\": true, \"empty\": true}}",
                answer -> {
                    assertThat(answer.path("runId").asText()).as(answer.toString()).isEqualTo(EXECUTION);
                    assertThat(lease().holder(Instant.now())).as("the lease, released").isEmpty();
                })));
        rehearsals.put("FailRunFunction", Rehearsal.of(new Step(
                "{\"execution\": \"rehearsal-fail\", \"error\": {\"Error\": \"States.Timeout\", \"Cause\": \"rehearsal\"},"
                        + " \"plan\": {\"acquired\": false, \"empty\": true}}",
                answer -> {
                    assertThat(answer.path("runId").asText()).as(answer.toString()).isEqualTo("rehearsal-fail");
                    assertThat(answer.path("error").asText()).isEqualTo("States.Timeout");
                })));
        rehearsals.put("SetUpWarehouseFunction", Rehearsal.of(new Step(customResourceEvent(), answer -> {
            assertThat(answer.path("Status").asText()).as(answer.toString()).isEqualTo("SUCCESS");
            String put = customResourceAnswer.orTimeout(10, TimeUnit.SECONDS).join();
            assertThat(put).as("the answer PUT to the ResponseURL").contains("\"Status\":\"SUCCESS\"");
        })));
        // A new stack has run nothing yet: the dashboard asks Athena for the data version (moto answers with no
        // rows) and answers API Gateway with its "No data yet" page, naming the template's ops database.
        String opsRuns = cfn.environment("DashboardFunction", physical).get("LAKEHOUSE_DATABASE_PREFIX")
                + "_ops.pipeline_runs";
        // Once a run has succeeded (moto answers the data-version query with one row), the page itself.
        rehearsals.put("DashboardFunction", Rehearsal.of(new Step(httpApiEvent("/metrics"), answer -> {
            assertThat(answer.path("statusCode").asInt()).as(answer.toString()).isEqualTo(503);
            assertThat(answer.path("headers").path("Content-Type").asText()).startsWith("text/html");
            assertThat(answer.path("body").asText()).contains("No pipeline run has succeeded yet in " + opsRuns);
        }), new Step(this::queueASucceededRun, httpApiEvent("/metrics"), answer -> {
            assertThat(answer.path("statusCode").asInt()).as(answer.toString()).isEqualTo(200);
            assertThat(answer.path("body").asText()).contains("Metrics: units and definitions").contains("2024Q2");
        })));
        return rehearsals;
    }

    private void run(String function, JsonNode properties, Rehearsal rehearsal) throws Exception {
        LambdaPackage code = LambdaPackage.unpack(CloudFormation.artifact(properties.path("Code")));
        Map<String, String> environment = cfn.environment(function, physical);
        Map<String, String> endpoints = Map.of(
                // The functions' own endpoint settings (LakehouseConfig.Endpoints), and the SDK's for any other
                // client: nothing leaves this machine.
                "LAKEHOUSE_ENDPOINTS_S3", moto.endpoint().toString(),
                "LAKEHOUSE_ENDPOINTS_S3_PATH_STYLE", "true",
                "LAKEHOUSE_ENDPOINTS_ATHENA", moto.endpoint().toString(),
                "LAKEHOUSE_ENDPOINTS_STEP_FUNCTIONS", moto.endpoint().toString(),
                "LAKEHOUSE_ENDPOINTS_SNS", moto.endpoint().toString(),
                "LAKEHOUSE_ENDPOINTS_SECRETS_MANAGER", moto.endpoint().toString(),
                "AWS_ENDPOINT_URL", moto.endpoint().toString());
        Path log = AwsTools.workDirectory("logs").resolve(function + ".log");
        int memory = properties.path("MemorySize").asInt(128);
        try (RuntimeApi api = new RuntimeApi()) {
            long started = System.nanoTime();
            Process process = ManagedJavaRuntime.start(code, properties.path("Handler").asText(), function, memory,
                    environment, endpoints, api, log);
            try {
                CompletableFuture.anyOf(api.firstPoll(), api.initError(), process.onExit())
                        .get(ANSWER_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                assertThat(api.firstPoll()).as(function + " initialized (log: " + log + ")\n" + tail(log))
                        .isCompleted();
                long initMillis = (api.firstPoll().join() - started) / 1_000_000;
                initTimes.put(function, initMillis + " ms");
                for (Step step : rehearsal.steps()) {
                    step.before().run();
                    Answer answer = api.invoke(step.event(), CloudFormation.functionArn(function) + ":live",
                            ANSWER_TIMEOUT);
                    assertThat(answer.error()).as(function + " answered an error: " + answer + "\n" + tail(log))
                            .isFalse();
                    step.answer().accept(JSON.readTree(answer.body()));
                }
            } finally {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** An S3 "Object Created" event as EventBridge delivers it, for the raw file put into moto's bucket. */
    private String objectCreatedEvent() {
        try (S3Client s3 = moto.clientSettings().configure(S3Client.builder()).forcePathStyle(true).build()) {
            var head = s3.headObject(h -> h.bucket(CloudFormation.BUCKET).key(RAW_KEY));
            return S3Events.objectCreated(CloudFormation.BUCKET, RAW_KEY, head.contentLength(),
                    head.eTag().replace("\"", ""));
        }
    }

    /**
     * What moto's Athena answers to the dashboard's next three queries (it runs no SQL; it hands out queued result
     * sets in order): the data version (one succeeded run), the provenance line (dashboard-sql/provenance.sql) and
     * the last run (none).
     */
    private void queueASucceededRun() {
        moto.post("/moto-api/static/athena/query-results", """
                {"results": [
                  {"column_info": [{"Name": "run_id", "Type": "varchar"}, {"Name": "_col1", "Type": "varchar"}],
                   "rows": [{"Data": [{"VarCharValue": "run_id"}, {"VarCharValue": "_col1"}]},
                            {"Data": [{"VarCharValue": "rehearsal-run"},
                                      {"VarCharValue": "2026-12-06 12:00:00.000"}]}]},
                  {"column_info": [{"Name": "first_quarter", "Type": "varchar"},
                                   {"Name": "last_quarter", "Type": "varchar"},
                                   {"Name": "quarters", "Type": "bigint"},
                                   {"Name": "provider_info_release", "Type": "varchar"},
                                   {"Name": "facilities", "Type": "bigint"}],
                   "rows": [{"Data": [{"VarCharValue": "first_quarter"}, {"VarCharValue": "last_quarter"},
                                      {"VarCharValue": "quarters"}, {"VarCharValue": "provider_info_release"},
                                      {"VarCharValue": "facilities"}]},
                            {"Data": [{"VarCharValue": "2024Q2"}, {"VarCharValue": "2024Q2"},
                                      {"VarCharValue": "1"}, {"VarCharValue": "2024-12-01"},
                                      {"VarCharValue": "1"}]}]},
                  {"column_info": [{"Name": "run_id", "Type": "varchar"}], "rows": []}
                ]}
                """);
    }

    /** The pipeline lease in moto's bucket, where the functions keep it (their default time to live). */
    private PipelineLease lease() {
        return new PipelineLease(new S3ObjectStore(leaseClient(), S3Settings.of(CloudFormation.BUCKET)
                .withPathStyleAccess(true)), PipelineServices.DEFAULT_LEASE, false);
    }

    private S3Client leaseClient() {
        if (s3 == null) {
            s3 = moto.clientSettings().configure(S3Client.builder()).forcePathStyle(true).build();
        }
        return s3;
    }

    /** What "Acquire the pipeline lease" does for the execution before any of its steps run. */
    private void holdTheLease() {
        assertThat(lease().tryAcquire(EXECUTION, Instant.now())).as("the lease, free for " + EXECUTION).isTrue();
    }

    /** A redelivery comes after EventBridge's retry delay: past the starter's allowance for clock differences. */
    private static void aRedeliveryLater() {
        try {
            Thread.sleep(StepFunctionsExecutionStarter.CLOCK_ALLOWANCE.plusMillis(300).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String startAthenaQuery() {
        try (AthenaClient athena = moto.clientSettings().configure(AthenaClient.builder()).build()) {
            return athena.startQueryExecution(q -> q.queryString("select 1").workGroup(CloudFormation.STACK))
                    .queryExecutionId();
        }
    }

    private static String batchJson() {
        Batch batch = new Batch(EXECUTION, LocalDateTime.of(2026, 12, 6, 12, 0),
                Map.of(Dataset.PBJ_DAILY_NURSE_STAFFING, List.of("0123456789abcdef")));
        ObjectNode node = JSON.createObjectNode().put("runId", batch.runId()).put("batchId", batch.batchId())
                .put("now", batch.now().toString());
        node.putObject("files").putArray("pbj").add("0123456789abcdef");
        return node.toString();
    }

    /** A CloudFormation custom resource Create request (the WarehouseTables resource on the first deployment). */
    private String customResourceEvent() {
        ObjectNode event = JSON.createObjectNode().put("RequestType", "Create")
                .put("ServiceToken", physical.getOrDefault("SetUpWarehouseFunctionAliaslive", ""))
                .put("ResponseURL", "http://127.0.0.1:" + cloudFormationResponses.getAddress().getPort()
                        + "/cloudformation-response?X-Amz-Signature=rehearsal")
                .put("StackId", "arn:aws:cloudformation:us-east-1:123456789012:stack/rehearsal/1")
                .put("RequestId", "rehearsal-request").put("LogicalResourceId", "WarehouseTables")
                .put("ResourceType", "Custom::WarehouseTables");
        event.putObject("ResourceProperties").put("ServiceToken", "rehearsal").put("FunctionVersion", "1");
        return event.toString();
    }

    /** An API Gateway HTTP API (payload format 2.0) GET, as the dashboard's $default stage sends it. */
    private static String httpApiEvent(String path) {
        ObjectNode event = JSON.createObjectNode().put("version", "2.0").put("routeKey", "GET /{proxy+}")
                .put("rawPath", path).put("rawQueryString", "").put("isBase64Encoded", false);
        event.putObject("headers").put("accept", "text/html").put("host", "rehearsal.execute-api.amazonaws.com")
                .put("user-agent", "rehearsal");
        ObjectNode context = event.putObject("requestContext").put("accountId", "123456789012")
                .put("apiId", "rehearsal").put("domainName", "rehearsal.execute-api.amazonaws.com")
                .put("requestId", "rehearsal").put("routeKey", "GET /{proxy+}").put("stage", "$default")
                .put("time", "06/Dec/2026:12:00:00 +0000").put("timeEpoch", 1796558400000L);
        context.putObject("http").put("method", "GET").put("path", path).put("protocol", "HTTP/1.1")
                .put("sourceIp", "127.0.0.1").put("userAgent", "rehearsal");
        event.putObject("pathParameters").put("proxy", path.substring(1));
        return event.toString();
    }
}
