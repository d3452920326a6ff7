package org.nhlakehouse.rehearsal.statemachine;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;

import org.nhlakehouse.core.tasks.PipelineTask;
import org.nhlakehouse.rehearsal.tools.LoopbackHttp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Lambda's Invoke API ({@code POST /2015-03-31/functions/{FunctionName}/invocations}) on 127.0.0.1, answered by the
 * pipeline's real tasks: the function name (the alias ARN the deployed definition names) is mapped to the task its
 * function runs, the payload is the task's input and its result the response. A failing task answers as Lambda
 * answers for an unhandled Java exception: status 200, {@code X-Amz-Function-Error: Unhandled} and
 * {@code {"errorMessage": ..., "errorType": <class name>}} (without the stack trace, so that the cause an execution
 * records compares with the local executor's).
 */
final class LambdaInvokeEndpoint implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "/2015-03-31/functions/";

    private final HttpServer server;
    private volatile Map<String, PipelineTask> tasks = Map.of();
    private final Function<String, String> taskOfFunction;

    /** @param taskOfFunction the task name of a function ARN (unknown functions answer 404) */
    LambdaInvokeEndpoint(Function<String, String> taskOfFunction) {
        this.taskOfFunction = taskOfFunction;
        this.server = LoopbackHttp.start(PREFIX, this::invoke);
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The tasks (by name) that answer from now on: one warehouse's, for one scenario. */
    void serve(Map<String, PipelineTask> tasksByName) {
        this.tasks = Map.copyOf(tasksByName);
    }

    private void invoke(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (!exchange.getRequestMethod().equals("POST") || !path.endsWith("/invocations")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String function = URLDecoder.decode(path.substring(PREFIX.length(), path.length() - "/invocations".length()),
                    StandardCharsets.UTF_8);
            PipelineTask task = tasks.get(taskOfFunction.apply(function));
            if (task == null) {
                send(exchange, 404, "{\"Type\":\"User\",\"message\":\"Function not found: " + function + "\"}", null);
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            JsonNode input = body.length == 0 ? JSON.nullNode() : JSON.readTree(body);
            try {
                send(exchange, 200, JSON.writeValueAsString(task.apply(input)), null);
            } catch (Exception e) {
                ObjectNode error = JSON.createObjectNode().put("errorMessage", e.getMessage())
                        .put("errorType", e.getClass().getName());
                send(exchange, 200, error.toString(), "Unhandled");
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String body, String functionError)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Amz-Executed-Version", "1");
        if (functionError != null) {
            exchange.getResponseHeaders().add("X-Amz-Function-Error", functionError);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
