package org.nhlakehouse.core.tasks;

import java.util.Set;

import org.nhlakehouse.core.engine.QueryHandle;
import org.nhlakehouse.core.engine.QueryState;
import org.nhlakehouse.core.engine.QueryStatus;
import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.engine.SqlExecutionException;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.pipeline.Batch;
import org.nhlakehouse.core.pipeline.PoisonedFiles;
import org.nhlakehouse.core.sql.PipelineStep;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * "Start the query": renders one SQL step for the engine and the batch and submits it, without waiting for it.
 *
 * <p>
 * Idempotent: the statement carries a client request token derived from execution, step, batch and attempt, so a
 * retried task returns the query it already started (Athena's {@code ClientRequestToken}). When that query failed for
 * a transient reason (the state machine reruns the step), the next attempt's token starts a fresh query. Each step
 * renews the run's pipeline lease, and a run that lost it starts nothing ({@link LeaseLostException}).
 *
 * <p>
 * In: {@code {"step": {"id"}, "batch": {...}, "execution": "..."}}. Out: {@code {"queryId", "stepId", "attempt"}}.
 */
final class RunSqlStepTask implements PipelineTask {

    static final int MAX_ATTEMPTS = 10;

    private final PipelineServices services;

    RunSqlStepTask(PipelineServices services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "runSqlStep";
    }

    @Override
    public JsonNode apply(JsonNode input) {
        PipelineStep step = services.warehouse().step(BatchJson.text(input.path("step"), "id"));
        Batch batch = BatchJson.read(input.path("batch"));
        String execution = BatchJson.text(input, "execution");
        services.keepLease(execution);
        Set<String> refused = step.template().source().contains("batch_file_ids")
                ? PoisonedFiles.fileIds(services.poisonedFiles().refusedIn(batch))
                : Set.of();
        SqlStatement statement = services.warehouse().stepStatement(step, batch, refused);
        SqlEngine engine = services.warehouse().engine();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            QueryHandle handle;
            try {
                handle = engine.submit(statement.withClientRequestToken(token(execution, step.id(), batch, attempt)
                        + refusedSuffix(refused)));
            } catch (SqlExecutionException e) {
                if (e.retryable()) {
                    throw new RetryableSqlStepException("step " + step.id() + " could not start (" + e.errorType()
                            + "): " + e.getMessage());
                }
                throw new SqlStepFailedException("step " + step.id() + " could not start (" + e.errorType() + "): "
                        + e.getMessage());
            }
            QueryStatus status = engine.status(handle);
            if (status.state() == QueryState.FAILED && status.retryable() && attempt + 1 < MAX_ATTEMPTS) {
                continue;
            }
            return BatchJson.JSON.createObjectNode().put("queryId", handle.id()).put("stepId", step.id())
                    .put("attempt", attempt);
        }
        throw new SqlStepFailedException("step " + step.id() + " failed " + MAX_ATTEMPTS + " times");
    }

    /**
     * A step rerun without files refused since the batch was planned is a new statement: its token must differ from
     * the failed attempt's, or the engine would hand back that failed query.
     */
    static String refusedSuffix(Set<String> refused) {
        return refused.isEmpty() ? "" : ExecutionNames.sha256Hex("refused|" + String.join(",", refused)).substring(0, 32);
    }

    /** 64 hex characters: within Athena's 32-128 character token limits (with a refused suffix, 96). */
    static String token(String execution, String stepId, Batch batch, int attempt) {
        return ExecutionNames.sha256Hex(execution + "|" + stepId + "|" + batch.batchId() + "|" + attempt);
    }
}
