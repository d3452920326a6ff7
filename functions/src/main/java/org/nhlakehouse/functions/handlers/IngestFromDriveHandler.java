package org.nhlakehouse.functions.handlers;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import org.nhlakehouse.functions.drive.DrivePoll;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The EventBridge Scheduler target: copies what is new in the shared Google Drive folder into raw Bronze
 * ({@link DrivePoll}); each copy's "Object Created" event then starts the pipeline. The schedule's event is ignored.
 */
@Named("ingestFromDrive")
@Singleton
public class IngestFromDriveHandler implements RequestHandler<JsonNode, JsonNode> {

    private final DrivePoll poll;

    @Inject
    public IngestFromDriveHandler(DrivePoll poll) {
        this.poll = poll;
    }

    @Override
    public JsonNode handleRequest(JsonNode scheduleEvent, Context context) {
        try {
            return poll.poll().toJson();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
