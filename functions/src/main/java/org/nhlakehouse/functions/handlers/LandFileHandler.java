package org.nhlakehouse.functions.handlers;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;

/** The state machine's "Land one file": lands one raw file under bronze/ (core's {@code LandFileTask}). */
@Named("landFile")
@Singleton
public class LandFileHandler implements RequestHandler<JsonNode, JsonNode> {

    private final TaskRunner tasks;

    @Inject
    public LandFileHandler(TaskRunner tasks) {
        this.tasks = tasks;
    }

    @Override
    public JsonNode handleRequest(JsonNode input, Context context) {
        return tasks.run("landFile", input);
    }
}
