package org.nhlakehouse.functions.handlers;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;

/** "Record the failure": records why the run failed, releases the lease, notifies ({@code FailRunTask}). */
@Named("failRun")
@Singleton
public class FailRunHandler implements RequestHandler<JsonNode, JsonNode> {

    private final TaskRunner tasks;

    @Inject
    public FailRunHandler(TaskRunner tasks) {
        this.tasks = tasks;
    }

    @Override
    public JsonNode handleRequest(JsonNode input, Context context) {
        return tasks.run("failRun", input);
    }
}
