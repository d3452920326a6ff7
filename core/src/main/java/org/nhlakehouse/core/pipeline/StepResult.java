package org.nhlakehouse.core.pipeline;

/**
 * What one SQL step did in a run.
 *
 * @param stepId the step
 * @param rowsWritten rows inserted, updated or deleted (-1 when the engine does not say)
 * @param rowsRead rows read from tables and files (-1 when the engine does not say)
 * @param elapsedMillis wall time of the step
 */
public record StepResult(String stepId, long rowsWritten, long rowsRead, long elapsedMillis) {
}
