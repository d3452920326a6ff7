package org.nhlakehouse.functions.handlers;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;

/** "Acquire the pipeline lease": takes the lease and plans the batch and its SQL stages ({@code PlanBatchTask}). */
@Named("planBatch")
@Singleton
public class PlanBatchHandler implements RequestHandler<JsonNode, JsonNode> {

    private final TaskRunner tasks;

    @Inject
    public PlanBatchHandler(TaskRunner tasks) {
        this.tasks = tasks;
    }

    @Override
    public JsonNode handleRequest(JsonNode input, Context context) {
        return tasks.run("planBatch", input);
    }
}
