package org.nhlakehouse.core.pipeline;

import java.util.List;

import org.nhlakehouse.core.landing.LandingOutcome;

/**
 * The outcome of a pipeline run.
 *
 * @param runId the run
 * @param batchId the batch it processed (empty when nothing was pending)
 * @param landed files landed by this run
 * @param refused files refused by this run (the others are still processed)
 * @param steps what each SQL step did
 * @param files files processed
 * @param rowsIn data rows in those files
 * @param rowsKept of those, rows now in Silver
 * @param rowsRejected rows quarantined
 * @param rowsSuperseded rows replaced by a later file
 * @param facilities facilities in Gold
 * @param quarters quarters in Gold
 * @param elapsedMillis wall time of the run
 */
public record RunReport(String runId, String batchId, List<LandingOutcome.Landed> landed,
        List<LandingOutcome.Refused> refused, List<StepResult> steps, long files, long rowsIn, long rowsKept,
        long rowsRejected, long rowsSuperseded, long facilities, long quarters, long elapsedMillis) {

    public RunReport {
        landed = List.copyOf(landed);
        refused = List.copyOf(refused);
        steps = List.copyOf(steps);
    }

    public boolean anyRefused() {
        return !refused.isEmpty();
    }

    public StepResult step(String stepId) {
        return steps.stream().filter(s -> s.stepId().equals(stepId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Step " + stepId + " did not run"));
    }
}
