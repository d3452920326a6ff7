package org.nhlakehouse.localrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.engine.EngineKind;
import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.pipeline.Warehouse;
import org.nhlakehouse.core.sql.DdlRenderer;
import org.nhlakehouse.core.sql.PipelineStep;
import org.nhlakehouse.core.sql.SqlCatalog;
import org.nhlakehouse.core.sql.WarehouseNames;
import org.nhlakehouse.core.tasks.StepPolling;
import org.nhlakehouse.core.testing.InMemoryObjectStore;
import org.nhlakehouse.statemachine.Asl;
import org.nhlakehouse.statemachine.Execution;
import org.nhlakehouse.statemachine.ExecutionStatus;
import org.nhlakehouse.statemachine.StateMachine;
import org.nhlakehouse.statemachine.history.HistoryEventType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Step Functions fails a Standard execution whose history passes 25,000 events
 * (https://docs.aws.amazon.com/step-functions/latest/dg/service-quotas.html). This runs the deployed definition on a
 * virtual clock, with the tasks answering as a national backfill would (every SQL step of the manifest and the Iceberg
 * maintenance a run on Athena ends with, each running for minutes, for as much SQL time as the execution's 6 h
 * timeout leaves), and counts the events it writes: the ones
 * AWS writes, so the local executor's own RetryScheduled and WaitStateStarted are left out.
 */
class StepFunctionsHistoryBudgetTest {

    private static final int QUOTA = 25_000;
    private static final Set<HistoryEventType> LOCAL_ONLY = EnumSet.of(HistoryEventType.RetryScheduled,
            HistoryEventType.WaitStateStarted);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** SQL time of the backfill: 5 h, about as much as the 6 h execution timeout leaves after the waits' overshoot. */
    private static final Duration SQL_TIME = Duration.ofHours(5);

    private final Map<String, Instant> queryStarted = new ConcurrentHashMap<>();

    @Test
    void aNationalBackfill_withHoursOfSqlTime_staysFarBelowTheHistoryQuota() {
        List<PipelineStep> steps = athenaPlan();
        Duration perStep = SQL_TIME.dividedBy(steps.size());
        Asl.Harness harness = harness(acquired(steps), perStep);

        Execution execution = harness.executor().run(machine(), "backfill", Asl.json(
                "{'bucket': 'lakehouse', 'keys': ['bronze/pbj/2024Q2/PBJ_Daily_Nurse_Staffing_Q2_2024.csv']}"));

        assertThat(execution.status()).as(execution.report()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(queryStarted).hasSize(steps.size());
        assertThat(Duration.between(execution.startDate(), execution.stopDate())).isGreaterThan(SQL_TIME);
        long events = awsEvents(execution);
        assertThat(events).as("events of %d steps over %s of SQL time", steps.size(), SQL_TIME)
                .isLessThan(QUOTA / 2);
    }

    @Test
    void aRunWaitingForTheLeaseUntilItsTimeout_staysBelowTheHistoryQuota() {
        ObjectNode held = JSON.createObjectNode().put("acquired", false).put("holder", "the-running-backfill");
        Asl.Harness harness = harness(held, Duration.ZERO);

        Execution execution = harness.executor().run(machine(), "waiting", Asl.json(
                "{'bucket': 'lakehouse', 'keys': ['bronze/pbj/2024Q3/PBJ_Daily_Nurse_Staffing_Q3_2024.csv']}"));

        assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(awsEvents(execution)).isLessThan(QUOTA);
    }

    /** Every SQL step of the manifest, then the Iceberg maintenance steps a run on Athena ends with. */
    private static List<PipelineStep> athenaPlan() {
        SqlCatalog catalog = SqlCatalog.load();
        WarehouseNames names = WarehouseNames.prefixed("nhl");
        SqlEngine athena = (SqlEngine) Proxy.newProxyInstance(SqlEngine.class.getClassLoader(),
                new Class<?>[] { SqlEngine.class }, (proxy, method, args) -> EngineKind.ATHENA);
        Warehouse warehouse = new Warehouse(athena, new InMemoryObjectStore(), catalog, names,
                new DdlRenderer(EngineKind.ATHENA, names, "s3://bucket", "hive"));
        List<PipelineStep> steps = new ArrayList<>(catalog.steps());
        steps.addAll(warehouse.maintenanceSteps(catalog.steps()));
        assertThat(steps.size()).isGreaterThan(catalog.steps().size());
        return steps;
    }

    private static long awsEvents(Execution execution) {
        return execution.history().events().stream().filter(e -> !LOCAL_ONLY.contains(e.type())).count();
    }

    private static StateMachine machine() {
        return StateMachine.load(LocalPipeline.definition(), LocalPipeline.substitutions());
    }

    /** Every step a stage of its own: more Map iterations than any real plan, so an upper bound of the events. */
    private static ObjectNode acquired(List<PipelineStep> steps) {
        ObjectNode plan = JSON.createObjectNode().put("acquired", true).put("empty", false).put("filesLanded", 1)
                .put("filesRefused", 0).put("startedAt", "2024-01-01T00:00:00");
        plan.putObject("batch").put("batchId", "b1").putObject("files").putArray("pbj").add("f1");
        ArrayNode stages = plan.putArray("stages");
        steps.forEach(step -> stages.addArray().addObject().put("id", step.id()).put("title", step.title())
                .put("kind", step.kind().name().toLowerCase(Locale.ROOT)));
        return plan;
    }

    private Asl.Harness harness(ObjectNode plan, Duration perStep) {
        Asl.Harness harness = Asl.harness();
        harness.handler(LocalPipeline.FUNCTION_ARN + "landFile", input -> JSON.createObjectNode()
                .put("key", input.path("key").asText()).put("fileId", "f1").put("status", "landed")
                .put("dataset", "pbj").put("rowsIn", 1));
        harness.handler(LocalPipeline.FUNCTION_ARN + "planBatch", input -> plan);
        harness.handler(LocalPipeline.FUNCTION_ARN + "runSqlStep", input -> {
            String step = input.path("step").path("id").asText();
            queryStarted.put(step, harness.clock().now());
            return JSON.createObjectNode().put("queryId", "q-" + step).put("stepId", step).put("attempt", 0);
        });
        harness.handler(LocalPipeline.FUNCTION_ARN + "checkSqlStep", input -> {
            String step = input.path("step").path("id").asText();
            ObjectNode status = JSON.createObjectNode().put("stepId", step);
            if (harness.clock().now().isBefore(queryStarted.get(step).plus(perStep))) {
                JsonNode previous = input.path("status");
                return status.put("state", "RUNNING").put("waitSeconds", StepPolling.nextWaitSeconds(previous));
            }
            return status.put("state", "SUCCEEDED").put("rowsWritten", 1).put("rowsRead", 1)
                    .put("elapsedMillis", perStep.toMillis());
        });
        harness.handler(LocalPipeline.FUNCTION_ARN + "finishRun", input -> JSON.createObjectNode().put("ok", true));
        harness.handler(LocalPipeline.FUNCTION_ARN + "failRun", input -> JSON.createObjectNode().put("ok", true));
        return harness;
    }
}
