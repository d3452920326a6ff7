package org.nhlakehouse.functions.handlers;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;

/** "Finish the run": records the run's totals and releases the lease ({@code FinishRunTask}). */
@Named("finishRun")
@Singleton
public class FinishRunHandler implements RequestHandler<JsonNode, JsonNode> {

    private final TaskRunner tasks;

    @Inject
    public FinishRunHandler(TaskRunner tasks) {
        this.tasks = tasks;
    }

    @Override
    public JsonNode handleRequest(JsonNode input, Context context) {
        return tasks.run("finishRun", input);
    }
}
