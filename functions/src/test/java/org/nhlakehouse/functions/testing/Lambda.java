package org.nhlakehouse.functions.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Invokes the function under test as Lambda would: the event is POSTed to Quarkus' mock Lambda event server, the
 * function's poll loop takes it, runs the handler that {@code quarkus.lambda.handler} names, and the server answers
 * with the handler's result (200) or its error (500, {@code {"errorType", "errorMessage"}}).
 */
public final class Lambda {

    public static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVENT_PATH = "/_lambda_";

    private Lambda() {
    }

    /** What Lambda reports when a handler throws: the exception's class name and message. */
    public record Failure(String errorType, String errorMessage) {
    }

    public static JsonNode invoke(String eventJson) {
        return parse(given().port(port()).contentType("application/json").accept("application/json")
                .body(eventJson).when().post(EVENT_PATH).then().statusCode(200).extract().asString());
    }

    public static JsonNode invoke(JsonNode event) {
        return invoke(event.toString());
    }

    public static Failure invokeFailing(String eventJson) {
        JsonNode error = parse(given().port(port()).contentType("application/json").accept("application/json")
                .body(eventJson).when().post(EVENT_PATH).then().statusCode(500).extract().asString());
        return new Failure(error.path("errorType").asText(), error.path("errorMessage").asText());
    }

    /** An event fixture from {@code src/test/resources/events/}. */
    public static String event(String name) {
        try (InputStream in = Lambda.class.getResourceAsStream("/events/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No event fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + json, e);
        }
    }

    /** The mock event server's port (random in tests: configured 0, then set to the port it took). */
    private static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.lambda.mock-event-server.test-port", Integer.class);
    }
}
