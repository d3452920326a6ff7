package org.nhlakehouse.core.pipeline;

/** Progress of a pipeline run, for a command line or a log. Every method has a default that does nothing. */
public interface PipelineListener {

    default void landed(FileResult file, long elapsedMillis) {
    }

    default void stepFinished(String title, StepResult result) {
    }

    default void message(String text) {
    }

    PipelineListener NONE = new PipelineListener() {
    };
}
