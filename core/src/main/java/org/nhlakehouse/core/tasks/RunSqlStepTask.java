package org.nhlakehouse.core.tasks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.nhlakehouse.core.engine.QueryHandle;
import org.nhlakehouse.core.engine.QueryState;
import org.nhlakehouse.core.engine.QueryStatus;
import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.engine.SqlExecutionException;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.pipeline.Batch;
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
        SqlStatement statement = services.warehouse().stepStatement(step, batch);
        SqlEngine engine = services.warehouse().engine();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            QueryHandle handle;
            try {
                handle = engine.submit(statement.withClientRequestToken(token(execution, step.id(), batch, attempt)));
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

    /** 64 hex characters: within Athena's 32-128 character token limits. */
    static String token(String execution, String stepId, Batch batch, int attempt) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((execution + "|" + stepId + "|"
                    + batch.batchId() + "|" + attempt).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
