package org.nhlakehouse.core.pipeline;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What one SQL step did in a run.
 *
 * @param stepId the step
 * @param rowsWritten rows inserted, updated or deleted (-1 when the engine does not say)
 * @param rowsRead rows read from tables and files (-1 when the engine does not say)
 * @param elapsedMillis time the engine spent on it
 */
public record StepResult(String stepId, long rowsWritten, long rowsRead, long elapsedMillis) {

    /** From the check task's output for a finished step. */
    public static StepResult of(JsonNode node) {
        return new StepResult(node.path("stepId").asText(), node.path("rowsWritten").asLong(-1),
                node.path("rowsRead").asLong(-1), node.path("elapsedMillis").asLong(-1));
    }
}
