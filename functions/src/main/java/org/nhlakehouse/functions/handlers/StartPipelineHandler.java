package org.nhlakehouse.functions.handlers;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import org.nhlakehouse.core.tasks.StartPipelineTask;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The target of the EventBridge rule for S3 "Object Created" under {@code bronze/<dataset>/}: starts a pipeline
 * execution for the new object, once per object version ({@link StartPipelineTask}).
 */
@Named("startPipeline")
@Singleton
public class StartPipelineHandler implements RequestHandler<JsonNode, JsonNode> {

    private final StartPipelineTask task;

    @Inject
    public StartPipelineHandler(StartPipelineTask task) {
        this.task = task;
    }

    @Override
    public JsonNode handleRequest(JsonNode event, Context context) {
        return TaskRunner.run(task, event);
    }
}
