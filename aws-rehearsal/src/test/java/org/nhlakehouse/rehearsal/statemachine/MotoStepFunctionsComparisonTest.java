package org.nhlakehouse.rehearsal.statemachine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.pipeline.PipelineListener;
import org.nhlakehouse.core.tasks.PipelineServices;
import org.nhlakehouse.core.tasks.PipelineTask;
import org.nhlakehouse.core.tasks.RetryableSqlStepException;
import org.nhlakehouse.core.tasks.SqlStepFailedException;
import org.nhlakehouse.core.tasks.StepPolling;
import org.nhlakehouse.core.testing.Samples;
import org.nhlakehouse.localrun.LocalLakehouse;
import org.nhlakehouse.rehearsal.template.CloudFormation;
import org.nhlakehouse.rehearsal.template.DeployedDefinition;
import org.nhlakehouse.rehearsal.tools.MotoServer;
import org.nhlakehouse.statemachine.Execution;
import org.nhlakehouse.statemachine.history.HistoryEvent;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;

/**
 * The deployed definition (template.yaml's DefinitionSubstitutions applied) on an independent interpreter: moto's
 * Step Functions (its port of LocalStack's ASL interpreter), whose Tasks call Lambda's Invoke API, answered here by
 * the pipeline's real tasks on a DuckDB warehouse. The same scenario runs on the project's local executor over a
 * second, identical warehouse, and both must agree: the same status, the same sequence of top-level states, the same
 * count of every state entered (inside the Maps and the Parallel too), the same output, error and cause.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MotoStepFunctionsComparisonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final List<String> TWO_FILES = List.of("PBJ_Daily_Nurse_Staffing_Q2_2024.csv",
            "ProviderInfo_2024_12_AL_excerpt.csv");

    private final CloudFormation cfn = CloudFormation.transformed();
    private final AtomicInteger executions = new AtomicInteger();
    private LambdaInvokeEndpoint lambda;
    private String definition;
    private Set<String> topLevelStates;

    @TempDir
    Path scratch;

    @BeforeAll
    void deployOntoMoto() throws IOException {
        DeployedDefinition deployed = DeployedDefinition.of(cfn);
        lambda = new LambdaInvokeEndpoint(taskNamesByFunctionArn()::get);
        definition = deployed.json();
        topLevelStates = JSON.readTree(deployed.json()).path("States").properties().stream().map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    @AfterAll
    void stop() {
        if (lambda != null) {
            lambda.close();
        }
    }

    @Test
    void twoFiles_runToTheEnd_alike() throws Exception {
        Comparison run = compare(TWO_FILES, services -> UnaryOperator.identity());

        assertThat(run.local().status()).isEqualTo("SUCCEEDED");
        assertThat(run.local().enteredCounts()).containsEntry("Land one file", 2L);
        run.assertAlike();
    }

    @Test
    void aTransientEngineError_isRetried_alike() throws Exception {
        Comparison run = compare(TWO_FILES.subList(0, 1), services -> failFirstCalls("runSqlStep", 1,
                () -> new RetryableSqlStepException("step failed: TOO_MANY_REQUESTS (rehearsal)")));

        assertThat(run.local().status()).isEqualTo("SUCCEEDED");
        assertThat(run.local().failedTasks()).isEqualTo(1);
        run.assertAlike();
    }

    @Test
    void aPermanentStepError_isCaughtIntoRecordTheFailure_alike() throws Exception {
        Comparison run = compare(TWO_FILES.subList(0, 1), services -> failFirstCalls("runSqlStep", Integer.MAX_VALUE,
                () -> new SqlStepFailedException("step failed: SYNTAX_ERROR (rehearsal)")));

        assertThat(run.local().status()).isEqualTo("FAILED");
        assertThat(run.local().enteredCounts()).containsEntry("Record the failure", 1L);
        assertThat(run.local().error()).isEqualTo(SqlStepFailedException.class.getName());
        run.assertAlike();
    }

    @Test
    void aRunWaitsForTheLease_untilTheRunHoldingItEnds_alike() throws Exception {
        String holder = "an-earlier-run";
        Comparison run = compare(TWO_FILES.subList(0, 1), services -> {
            assertThat(services.lease().tryAcquire(holder, NOW)).isTrue();
            AtomicInteger plans = new AtomicInteger();
            // The earlier run ends while this one waits: its lease is released before the second attempt.
            return task -> !task.name().equals("planBatch") ? task : PipelineTask.named(task.name(), input -> {
                if (plans.incrementAndGet() == 2) {
                    services.lease().release(holder, NOW);
                }
                return task.apply(input);
            });
        });

        assertThat(run.local().status()).isEqualTo("SUCCEEDED");
        assertThat(run.local().enteredCounts()).containsEntry("Acquire the pipeline lease", 2L);
        assertThat(run.local().topLevel()).contains("Wait for the running pipeline");
        run.assertAlike();
    }

    @Test
    void aStepStillRunning_isCheckedAgainAfterTheWaitItsCheckAsksFor_alike() throws Exception {
        Comparison run = compare(TWO_FILES.subList(0, 1), services -> {
            AtomicInteger checks = new AtomicInteger();
            // The first check finds the query still running (as Athena's would be): it answers the first wait of the
            // back-off, which "Wait before checking again" reads through its SecondsPath.
            return task -> !task.name().equals("checkSqlStep") ? task : PipelineTask.named(task.name(), input -> {
                JsonNode answer = task.apply(input);
                return checks.incrementAndGet() > 1 ? answer
                        : ((ObjectNode) answer.deepCopy()).put("state",
                                "RUNNING").put("waitSeconds", StepPolling.nextWaitSeconds(input.path("status")));
            });
        });

        assertThat(run.local().status()).isEqualTo("SUCCEEDED");
        assertThat(run.local().enteredCounts()).containsEntry("Wait before checking again", 1L);
        run.assertAlike();
    }

    @Test
    void aFileNoRunLanded_isFoundInBronze_landed_andProcessed_alike() throws Exception {
        // Two raw files in Bronze; the execution's event names only the first (the second's landing failed long
        // enough ago, or no event started a run for it): the lease task finds the second and hands it back through
        // "Land the files found in Bronze" before it plans the batch of both.
        Comparison run = compare(TWO_FILES, keys -> keys.subList(0, 1), services -> UnaryOperator.identity());

        assertThat(run.local().status()).isEqualTo("SUCCEEDED");
        assertThat(run.local().enteredCounts()).containsEntry("Land the files found in Bronze", 1L)
                .containsEntry("Land one file", 2L).containsEntry("Acquire the pipeline lease", 2L);
        assertThat(run.local().output().path("summary").path("files").asInt()).isEqualTo(2);
        run.assertAlike();
    }

    /** What an interpreter made of one execution. */
    record Outcome(String status, List<String> topLevel, Map<String, Long> enteredCounts, int failedTasks,
            JsonNode output, String error, JsonNode cause) {
    }

    record Comparison(Outcome local, Outcome moto) {

        void assertAlike() {
            assertThat(moto.status()).as("status").isEqualTo(local.status());
            assertThat(moto.topLevel()).as("top-level states").isEqualTo(local.topLevel());
            assertThat(moto.enteredCounts()).as("states entered").isEqualTo(local.enteredCounts());
            assertThat(moto.failedTasks()).as("failed task attempts").isEqualTo(local.failedTasks());
            JsonNode motoOutput = MotoDeviations.unwrapIndexedSelections(moto.output(), local.output());
            assertThat(differences("$", motoOutput, local.output())).as("output (moto vs local)").isEmpty();
            assertThat(moto.error()).as("error").isEqualTo(local.error());
            assertThat(moto.cause()).as("cause").isEqualTo(local.cause());
        }
    }

    /** Where two JSON documents differ, as JSONPath-like locations with both values. */
    static List<String> differences(String at, JsonNode moto, JsonNode local) {
        List<String> found = new ArrayList<>();
        if (moto.isObject() && local.isObject()) {
            Set<String> names = new TreeSet<>();
            moto.fieldNames().forEachRemaining(names::add);
            local.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                found.addAll(differences(at + "." + name, moto.path(name), local.path(name)));
            }
        } else if (moto.isArray() && local.isArray() && moto.size() == local.size()) {
            for (int i = 0; i < moto.size(); i++) {
                found.addAll(differences(at + "[" + i + "]", moto.get(i), local.get(i)));
            }
        } else if (moto.isNumber() && local.isNumber()) {
            // 91 parsed from moto's JSON is an int node, the task's 91L a long node: compare values.
            if (moto.decimalValue().compareTo(local.decimalValue()) != 0) {
                found.add(at + ": moto " + moto + ", local " + local);
            }
        } else if (!moto.equals(local)) {
            found.add(at + ": moto " + moto + ", local " + local);
        }
        return found;
    }

    private Comparison compare(List<String> files, Function<PipelineServices, UnaryOperator<PipelineTask>> faults)
            throws Exception {
        return compare(files, UnaryOperator.identity(), faults);
    }

    /**
     * @param events the raw keys the execution's input names, of all those in Bronze (the others, put there long
     *        before the run, are left for the lease task's sweep to find)
     */
    private Comparison compare(List<String> files, UnaryOperator<List<String>> events,
            Function<PipelineServices, UnaryOperator<PipelineTask>> faults) throws Exception {
        String name = "rehearsal-" + executions.incrementAndGet();
        Outcome local;
        try (LocalLakehouse lakehouse = warehouse("local-" + name, files)) {
            PipelineServices services = lakehouse.services();
            List<String> keys = inputKeys(lakehouse, events);
            Execution execution = lakehouse.pipeline(PipelineListener.NONE, faults.apply(services)).run(name, keys);
            local = local(execution);
        }
        Outcome onMoto;
        try (LocalLakehouse lakehouse = warehouse("moto-" + name, files)) {
            PipelineServices services = lakehouse.services();
            List<String> keys = inputKeys(lakehouse, events);
            UnaryOperator<PipelineTask> decorate = faults.apply(services);
            Map<String, PipelineTask> tasks = new HashMap<>();
            services.tasks().forEach(task -> tasks.put(task.name(), decorate.apply(task)));
            lambda.serve(tasks);
            onMoto = onMoto(name, keys);
        }
        return new Comparison(local, onMoto);
    }

    /** The keys an execution is started for; the raw files it is not started for were put in Bronze an hour ago. */
    private static List<String> inputKeys(LocalLakehouse lakehouse, UnaryOperator<List<String>> events)
            throws IOException {
        List<String> all = lakehouse.services().landing().newKeys();
        List<String> keys = events.apply(all);
        for (String key : all) {
            if (!keys.contains(key)) {
                Files.setLastModifiedTime(lakehouse.store().pathOf(key), FileTime.from(NOW.minus(Duration.ofHours(1))));
            }
        }
        return keys;
    }

    private LocalLakehouse warehouse(String name, List<String> files) throws IOException {
        Path input = Files.createDirectories(scratch.resolve(name + "-input"));
        for (String file : files) {
            // The same modification time in both warehouses: it is part of the raw file's key.
            Files.setLastModifiedTime(Files.copy(Samples.path(file), input.resolve(file)), FileTime.from(NOW));
        }
        LocalLakehouse lakehouse = LocalLakehouse.open(scratch.resolve(name), Clock.fixed(NOW, ZoneOffset.UTC));
        lakehouse.warehouse().setUp();
        lakehouse.ingest(input);
        return lakehouse;
    }

    private Outcome local(Execution execution) throws IOException {
        List<String> topLevel = new ArrayList<>();
        Map<String, Long> counts = new TreeMap<>();
        int failedTasks = 0;
        for (HistoryEvent event : execution.history().events()) {
            String type = event.type().name();
            if (type.endsWith("StateEntered")) {
                String state = event.detail("name");
                counts.merge(state, 1L, Long::sum);
                if (event.scope().isEmpty()) {
                    topLevel.add(state);
                }
            }
            failedTasks += type.equals("TaskFailed") ? 1 : 0;
        }
        return new Outcome(execution.status().name(), topLevel, counts, failedTasks, normalized(execution.output()),
                execution.error(), cause(execution.cause()));
    }

    private Outcome onMoto(String name, List<String> keys) throws Exception {
        ObjectNode input = JSON.createObjectNode().put("bucket", "local");
        keys.forEach(input.putArray("keys")::add);
        // A moto_server per execution: once its interpreter has run an execution, moto 5.2 fails (HTTP 500,
        // "cannot pickle '_thread.RLock'") to start another one, as it deep-copies the state machine with it.
        try (MotoServer moto = MotoServer.start(Optional.of(lambda.port()));
                SfnClient sfn = moto.clientSettings().configure(SfnClient.builder()).build()) {
            return onMoto(moto, sfn, name, input);
        }
    }

    private Outcome onMoto(MotoServer moto, SfnClient sfn, String name, ObjectNode input) throws Exception {
        String stateMachineArn = sfn.createStateMachine(c -> c.name("rehearsal-pipeline").definition(definition)
                .roleArn("arn:aws:iam::123456789012:role/rehearsal-pipeline")).stateMachineArn();
        String arn = sfn.startExecution(s -> s.stateMachineArn(stateMachineArn).name(name).input(input.toString()))
                .executionArn();
        DescribeExecutionResponse described = sfn.describeExecution(d -> d.executionArn(arn));
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (described.status() == ExecutionStatus.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(200);
            described = sfn.describeExecution(d -> d.executionArn(arn));
        }
        assertThat(described.status()).as("moto's execution ended\n" + moto.recentLog())
                .isNotEqualTo(ExecutionStatus.RUNNING);
        List<String> topLevel = new ArrayList<>();
        Map<String, Long> counts = new TreeMap<>();
        int failedTasks = 0;
        String token = null;
        do {
            String page = token;
            GetExecutionHistoryResponse history = sfn.getExecutionHistory(h -> h.executionArn(arn).maxResults(1000)
                    .nextToken(page));
            for (var event : history.events()) {
                if (event.stateEnteredEventDetails() != null && event.typeAsString().endsWith("StateEntered")) {
                    String state = event.stateEnteredEventDetails().name();
                    counts.merge(state, 1L, Long::sum);
                    if (topLevelStates.contains(state)) {
                        topLevel.add(state);
                    }
                }
                failedTasks += event.type() == HistoryEventType.LAMBDA_FUNCTION_FAILED ? 1 : 0;
            }
            token = history.nextToken();
        } while (token != null);
        JsonNode output = described.output() == null ? NullNode.getInstance() : JSON.readTree(described.output());
        return new Outcome(described.statusAsString(), topLevel, counts, failedTasks, normalized(output),
                described.error(), cause(described.cause()));
    }

    /** Durations measured by the engine differ from run to run; everything else must be equal. */
    private static JsonNode normalized(JsonNode output) {
        JsonNode copy = output == null ? NullNode.getInstance() : output.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node.isObject()) {
            ((ObjectNode) node).remove("elapsedMillis");
        }
        node.forEach(MotoStepFunctionsComparisonTest::strip);
    }

    /** A Lambda error's cause is its error payload as JSON text: compare it as JSON. */
    private static JsonNode cause(String cause) throws IOException {
        if (cause == null) {
            return NullNode.getInstance();
        }
        try {
            return JSON.readTree(cause);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(cause);
        }
    }

    /** Each function's alias ARN (what the deployed definition invokes) to the task its handler runs. */
    private Map<String, String> taskNamesByFunctionArn() {
        Map<String, String> physical = cfn.physicalIds();
        Map<String, String> tasks = new LinkedHashMap<>();
        cfn.resources("AWS::Lambda::Alias").forEach((alias, resource) -> {
            String function = CloudFormation.target(resource.path("Properties").path("FunctionName")).orElseThrow();
            String handler = cfn.resource(function).path("Properties").path("Environment").path("Variables")
                    .path("QUARKUS_LAMBDA_HANDLER").asText("");
            tasks.put(physical.get(alias), handler);
        });
        return tasks;
    }

    private static UnaryOperator<PipelineTask> failFirstCalls(String taskName, int times,
            Supplier<RuntimeException> fault) {
        AtomicInteger calls = new AtomicInteger();
        return task -> !task.name().equals(taskName) ? task : PipelineTask.named(task.name(), input -> {
            if (calls.incrementAndGet() <= times) {
                throw fault.get();
            }
            return task.apply(input);
        });
    }
}
