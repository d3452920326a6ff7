package org.nhlakehouse.functions.handlers;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;

/** "Check the query": asks the engine how a step's query is doing ({@code CheckSqlStepTask}). */
@Named("checkSqlStep")
@Singleton
public class CheckSqlStepHandler implements RequestHandler<JsonNode, JsonNode> {

    private final TaskRunner tasks;

    @Inject
    public CheckSqlStepHandler(TaskRunner tasks) {
        this.tasks = tasks;
    }

    @Override
    public JsonNode handleRequest(JsonNode input, Context context) {
        return tasks.run("checkSqlStep", input);
    }
}
