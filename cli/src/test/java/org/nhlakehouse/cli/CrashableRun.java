package org.nhlakehouse.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.nhlakehouse.core.pipeline.PipelineListener;
import org.nhlakehouse.core.tasks.PipelineTask;
import org.nhlakehouse.localrun.LocalLakehouse;

/**
 * A pipeline run in its own process that announces, through a marker file, the moment it starts a given SQL step, so
 * that a test can kill the process in the middle of that step. Arguments: warehouse, input, step id, marker file.
 */
public final class CrashableRun {

    public static void main(String[] args) throws Exception {
        Path marker = Path.of(args[3]);
        try (LocalLakehouse lakehouse = LocalLakehouse.open(Path.of(args[0]))) {
            lakehouse.ingest(Path.of(args[1]));
            lakehouse.run("crashable", PipelineListener.NONE, task -> !task.name().equals("runSqlStep") ? task
                    : PipelineTask.named(task.name(), input -> {
                        if (input.path("step").path("id").asText().equals(args[2])) {
                            Files.writeString(marker, "started");
                        }
                        return task.apply(input);
                    }));
        }
    }
}
