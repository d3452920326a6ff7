package org.nhlakehouse.core.pipeline;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The outcome of a pipeline run, read from the state machine execution's output.
 *
 * @param runId the run (the execution's name)
 * @param batchId the batch it processed (empty when nothing was waiting)
 * @param files what landing did with each new raw file, then the batch's files refused while the run typed them
 * @param steps what each SQL step did, in the order they ran
 * @param summary totals over the batch's files, and what Gold holds
 * @param elapsedMillis wall time of the run
 */
public record RunReport(String runId, String batchId, List<FileResult> files, List<StepResult> steps,
        RunLog.Summary summary, long elapsedMillis) {

    public RunReport {
        files = List.copyOf(files);
        steps = List.copyOf(steps);
    }

    /** Reads an execution's output: {@code $.landed}, {@code $.steps} (per stage, per step) and {@code $.summary}. */
    public static RunReport fromExecutionOutput(String runId, JsonNode output, long elapsedMillis) {
        List<FileResult> files = new ArrayList<>();
        output.path("landed").forEach(file -> files.add(FileResult.of(file)));
        // Files refused while the run typed them (they landed, then made a typing step fail on their own).
        output.path("summary").path("refused").forEach(file -> {
            FileResult refused = FileResult.of(file);
            files.removeIf(f -> f.fileId().equals(refused.fileId()));
            files.add(refused);
        });
        List<StepResult> steps = new ArrayList<>();
        output.path("steps").forEach(stage -> stage.forEach(step -> steps.add(StepResult.of(step))));
        JsonNode s = output.path("summary");
        RunLog.Summary summary = new RunLog.Summary(s.path("files").asLong(), s.path("rowsIn").asLong(),
                s.path("rowsKept").asLong(), s.path("rowsRejected").asLong(), s.path("rowsSuperseded").asLong(),
                s.path("facilities").asLong(), s.path("quarters").asLong());
        return new RunReport(runId, s.path("batchId").asText(""), files, steps, summary, elapsedMillis);
    }

    public List<FileResult> landed() {
        return files.stream().filter(FileResult::isLanded).toList();
    }

    public List<FileResult> refused() {
        return files.stream().filter(FileResult::isRefused).toList();
    }

    public boolean anyRefused() {
        return files.stream().anyMatch(FileResult::isRefused);
    }

    public StepResult step(String stepId) {
        return steps.stream().filter(s -> s.stepId().equals(stepId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Step " + stepId + " did not run"));
    }

    public long rowsIn() {
        return summary.rowsIn();
    }

    public long rowsKept() {
        return summary.rowsKept();
    }

    public long rowsRejected() {
        return summary.rowsRejected();
    }

    public long rowsSuperseded() {
        return summary.rowsSuperseded();
    }
}
