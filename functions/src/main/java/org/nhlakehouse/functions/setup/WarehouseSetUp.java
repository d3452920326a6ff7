package org.nhlakehouse.functions.setup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.jboss.logging.Logger;
import org.nhlakehouse.core.pipeline.Warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The stack's tables, as a CloudFormation custom resource: on Create and Update (every deployment of new code) it
 * creates the schemas' tables, Bronze tables and views that do not exist yet ({@link Warehouse#setUp()}, idempotent);
 * on Delete it leaves them, as the bucket with their data is retained too.
 *
 * <p>
 * CloudFormation waits for the answer PUT to the pre-signed {@code ResponseURL}
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html): it is sent in every case,
 * failures included, or the stack would hang until CloudFormation gives up an hour later.
 */
public final class WarehouseSetUp {

    private static final Logger LOG = Logger.getLogger(WarehouseSetUp.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** CloudFormation shows the reason in the stack's events; it takes at most 4 KB of response in all. */
    private static final int MAX_REASON = 1000;

    private final Warehouse warehouse;
    private final HttpClient http;

    public WarehouseSetUp(Warehouse warehouse, HttpClient http) {
        this.warehouse = warehouse;
        this.http = http;
    }

    /** Handles one custom-resource event and answers CloudFormation; returns the answer. */
    public JsonNode handle(JsonNode event) {
        String requestType = event.path("RequestType").asText();
        String physicalId = event.path("PhysicalResourceId").asText(warehouse.names().ops() + "-tables");
        ObjectNode response = JSON.createObjectNode().put("PhysicalResourceId", physicalId)
                .put("StackId", event.path("StackId").asText()).put("RequestId", event.path("RequestId").asText())
                .put("LogicalResourceId", event.path("LogicalResourceId").asText());
        try {
            switch (requestType) {
                case "Create", "Update" -> {
                    warehouse.setUp();
                    response.put("Status", "SUCCESS").put("Reason", "Tables and views are in place");
                }
                case "Delete" -> response.put("Status", "SUCCESS").put("Reason", "Tables kept with the bucket");
                default -> response.put("Status", "FAILED").put("Reason", "Unknown RequestType " + requestType);
            }
        } catch (RuntimeException e) {
            LOG.error("Setting up the warehouse failed", e);
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            response.put("Status", "FAILED").put("Reason",
                    reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason);
        }
        send(event.path("ResponseURL").asText(), response);
        return response;
    }

    private void send(String responseUrl, ObjectNode response) {
        URI url = URI.create(responseUrl);
        if (!"https".equals(url.getScheme()) && !"http".equals(url.getScheme())) {
            throw new IllegalArgumentException("The ResponseURL is not an HTTP(S) URL");
        }
        try {
            // No Content-Type: the pre-signed URL is signed without one.
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30))
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(response))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() / 100 != 2) {
                throw new IllegalStateException("CloudFormation's ResponseURL answered " + answer.statusCode());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot answer CloudFormation", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while answering CloudFormation", e);
        }
    }
}
