package org.nhlakehouse.localrun;

import java.util.function.UnaryOperator;

import org.nhlakehouse.core.pipeline.FileResult;
import org.nhlakehouse.core.pipeline.PipelineListener;
import org.nhlakehouse.core.pipeline.StepResult;
import org.nhlakehouse.core.tasks.PipelineTask;

import com.fasterxml.jackson.databind.JsonNode;

/** Reports a local run's progress as its tasks finish: each landed file, each finished SQL step. */
public final class ProgressReporting implements UnaryOperator<PipelineTask> {

    private final PipelineListener listener;

    public ProgressReporting(PipelineListener listener) {
        this.listener = listener;
    }

    @Override
    public PipelineTask apply(PipelineTask task) {
        return PipelineTask.named(task.name(), input -> {
            long started = System.nanoTime();
            JsonNode output = task.apply(input);
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            if (task.name().equals("landFile") && !output.path("status").asText().equals("known")) {
                listener.landed(FileResult.of(output), elapsed);
            } else if (task.name().equals("checkSqlStep") && output.path("state").asText().equals("SUCCEEDED")) {
                listener.stepFinished(input.path("step").path("title").asText(), StepResult.of(output));
            }
            return output;
        });
    }
}
