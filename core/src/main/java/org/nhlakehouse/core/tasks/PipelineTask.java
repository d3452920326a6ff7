package org.nhlakehouse.core.tasks;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One Task of the pipeline's state machine: JSON in, JSON out, as Step Functions passes it. On AWS each task sits
 * behind a thin Lambda handler; locally the ASL executor calls the very same task. Failures are exceptions whose class
 * name is the error name the state machine's Retry and Catch match on.
 */
public interface PipelineTask {

    /** The task's name, as the Lambda handler is {@code @Named}, e.g. {@code runSqlStep}. */
    String name();

    JsonNode apply(JsonNode input) throws Exception;

    /** What a task does with its input, for {@link #named}. */
    @FunctionalInterface
    interface Body {
        JsonNode apply(JsonNode input) throws Exception;
    }

    /**
     * A task with the given name and body: how a decorator (retry mapping, progress, timing, injected faults) wraps a
     * task and keeps its name.
     */
    static PipelineTask named(String name, Body body) {
        return new PipelineTask() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public JsonNode apply(JsonNode input) throws Exception {
                return body.apply(input);
            }
        };
    }
}
