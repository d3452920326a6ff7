package org.nhlakehouse.core.tasks;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.nhlakehouse.core.engine.QueryHandle;
import org.nhlakehouse.core.engine.QueryStats;
import org.nhlakehouse.core.engine.QueryStatus;
import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.engine.SqlExecutionException;
import org.nhlakehouse.core.sql.PipelineStep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * "Check the query": asks the engine how a step's query is doing. Running: the state machine waits and asks again.
 * Succeeded: for a data-quality check, any row it returned fails the run before Gold. Failed: a transient engine error
 * (Iceberg commit conflict, throttling) raises {@link RetryableSqlStepException}, which the state machine retries with
 * backoff and jitter; anything else raises {@link SqlStepFailedException} naming the step and the engine's cause.
 *
 * <p>
 * The wait between checks grows ({@code waitSeconds}, {@link StepPolling}) to keep a long run within Step Functions'
 * 25,000 history events. Each check also renews the run's pipeline lease ({@link PipelineServices#keepLease}).
 *
 * <p>
 * In: {@code {"step": {"id", "title", "kind"}, "query": {"queryId"}, "execution", "status": the previous check's answer,
 * if any}}. Out: {@code {"state": RUNNING | SUCCEEDED, "stepId", "waitSeconds" (RUNNING), "rowsWritten", "rowsRead",
 * "elapsedMillis"}}.
 */
final class CheckSqlStepTask implements PipelineTask {

    private final PipelineServices services;

    CheckSqlStepTask(PipelineServices services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "checkSqlStep";
    }

    @Override
    public JsonNode apply(JsonNode input) {
        PipelineStep step = services.warehouse().step(BatchJson.text(input.path("step"), "id"));
        QueryHandle handle = new QueryHandle(BatchJson.text(input.path("query"), "queryId"));
        services.keepLease(BatchJson.text(input, "execution"));
        SqlEngine engine = services.warehouse().engine();
        QueryStatus status = engine.status(handle);
        ObjectNode out = BatchJson.JSON.createObjectNode().put("stepId", step.id());
        switch (status.state()) {
            case QUEUED, RUNNING -> {
                return out.put("state", "RUNNING").put("waitSeconds", StepPolling.nextWaitSeconds(input.path("status")));
            }
            case SUCCEEDED -> {
                if (step.kind() == PipelineStep.Kind.CHECK) {
                    failOnProblems(step, engine, handle);
                }
                return out.put("state", "SUCCEEDED").put("rowsWritten", status.stats().rowsWritten())
                        .put("rowsRead", status.stats().rowsRead())
                        .put("elapsedMillis", status.stats().elapsedMillis());
            }
            default -> {
                String cause = "step " + step.id() + " (" + step.title() + ") failed: "
                        + status.errorType().orElse(status.state().name()) + ": " + status.errorMessage().orElse("");
                if (status.retryable()) {
                    throw new RetryableSqlStepException(cause);
                }
                throw new SqlStepFailedException(cause);
            }
        }
    }

    private static void failOnProblems(PipelineStep step, SqlEngine engine, QueryHandle handle) {
        List<Map<String, Object>> problems;
        try {
            problems = engine.fetch(handle, QueryStats.UNKNOWN).asMaps();
            engine.release(handle);
        } catch (SqlExecutionException e) {
            throw new SqlStepFailedException("step " + step.id() + ": cannot read its results: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new DataQualityCheckFailedException(step.title() + " failed for " + problems.size() + " file(s): "
                    + problems.stream().map(Map::toString).collect(Collectors.joining("; ")));
        }
    }
}
