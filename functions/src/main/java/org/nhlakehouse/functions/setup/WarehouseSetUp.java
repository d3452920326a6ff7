package org.nhlakehouse.functions.setup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;
import org.nhlakehouse.core.pipeline.Warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The stack's tables, as a CloudFormation custom resource: on Create and Update (every deployment of new code) it
 * creates the schemas' tables, Bronze tables and views that do not exist yet ({@link Warehouse#setUp()}, idempotent);
 * on Delete it leaves them, as the bucket with their data and the Glue databases are retained too.
 *
 * <p>
 * Rollback is safe: when an update fails, CloudFormation rolls the resource back with an Update whose
 * {@code FunctionVersion} is older than the one it replaces, and invokes the alias, which still runs the new code. The
 * DDL only ever adds tables and views, so there is nothing to undo, and running the new code's DDL again (the one that
 * may just have failed, deterministically) would leave the stack in UPDATE_ROLLBACK_FAILED: such an Update, and any
 * Delete, answers SUCCESS without running anything.
 *
 * <p>
 * CloudFormation waits for the answer PUT to the pre-signed {@code ResponseURL}
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/crpg-ref-responses.html): it is sent in every case,
 * any {@link Throwable} included; when the function cannot answer at all (killed at its timeout), the resource's
 * {@code ServiceTimeout} in template.yaml bounds the wait.
 */
public final class WarehouseSetUp {

    private static final Logger LOG = Logger.getLogger(WarehouseSetUp.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** CloudFormation shows the reason in the stack's events; it takes at most 4 KB of response in all. */
    private static final int MAX_REASON = 1000;

    private static final Pattern VERSION_ARN = Pattern.compile("arn:[^:]+:lambda:[^:]+:\\d+:function:[^:]+:(\\d+)");

    private final Runnable createTables;
    private final String defaultPhysicalId;
    private final HttpClient http;

    public WarehouseSetUp(Warehouse warehouse, HttpClient http) {
        this(warehouse::setUp, warehouse.names().ops() + "-tables", http);
    }

    WarehouseSetUp(Runnable createTables, String defaultPhysicalId, HttpClient http) {
        this.createTables = createTables;
        this.defaultPhysicalId = defaultPhysicalId;
        this.http = http;
    }

    /** Handles one custom-resource event and answers CloudFormation; returns the answer. */
    public JsonNode handle(JsonNode event) {
        String requestType = event.path("RequestType").asText();
        String physicalId = event.path("PhysicalResourceId").asText(defaultPhysicalId);
        ObjectNode response = JSON.createObjectNode().put("PhysicalResourceId", physicalId)
                .put("StackId", event.path("StackId").asText()).put("RequestId", event.path("RequestId").asText())
                .put("LogicalResourceId", event.path("LogicalResourceId").asText());
        try {
            if (requestType.equals("Update") && isRollback(event)) {
                requestType = "Rollback";
            }
            switch (requestType) {
                case "Rollback" -> response.put("Status", "SUCCESS").put("Reason",
                        "Rollback to an older version: nothing to undo (tables are only ever added)");
                case "Create", "Update" -> {
                    createTables.run();
                    response.put("Status", "SUCCESS").put("Reason", "Tables and views are in place");
                }
                case "Delete" -> response.put("Status", "SUCCESS").put("Reason", "Tables kept with the bucket");
                default -> response.put("Status", "FAILED").put("Reason", "Unknown RequestType " + requestType);
            }
        } catch (Throwable e) {
            // Any Throwable: an Error (a class missing from the package, out of memory) must be answered too.
            LOG.error("Setting up the warehouse failed", e);
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            response.put("Status", "FAILED").put("Reason",
                    reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason);
        }
        send(event.path("ResponseURL").asText(), response);
        return response;
    }

    /** An Update back to an older version of the function than the one it replaces: a failed update's rollback. */
    static boolean isRollback(JsonNode event) {
        OptionalLong target = version(event.path("ResourceProperties").path("FunctionVersion").asText(""));
        OptionalLong replaced = version(event.path("OldResourceProperties").path("FunctionVersion").asText(""));
        return target.isPresent() && replaced.isPresent() && target.getAsLong() < replaced.getAsLong();
    }

    private static OptionalLong version(String versionArn) {
        Matcher matcher = VERSION_ARN.matcher(versionArn);
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
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
