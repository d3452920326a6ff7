package org.nhlakehouse.aws.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.nhlakehouse.aws.AwsClientSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * A local stand-in for an AWS service that speaks the AWS JSON protocol (Athena: {@code awsJson1_1}, Step Functions:
 * {@code awsJson1_0}): every call is {@code POST /} with the operation in {@code X-Amz-Target: <Service>.<Operation>}
 * and a JSON body; errors are an HTTP 4xx/5xx with {@code {"__type": "<ErrorCode>", "Message": ...}}. Responses are
 * scripted per operation, in order; every request is recorded. Bound to 127.0.0.1 on a free port.
 */
public final class AwsJsonServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as the server received it. */
    public record Received(String method, String path, String target, String contentType, String authorization,
            JsonNode body) {
        public String operation() {
            return target.substring(target.indexOf('.') + 1);
        }
    }

    private record Scripted(int status, String body) {
    }

    private final HttpServer server;
    private final String targetPrefix;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Scripted>> scripts = new HashMap<>();

    private AwsJsonServer(HttpServer server, String targetPrefix) {
        this.server = server;
        this.targetPrefix = targetPrefix;
    }

    /** @param targetPrefix the service's target prefix, e.g. {@code AmazonAthena} or {@code AWSStepFunctions} */
    public static AwsJsonServer start(String targetPrefix) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AwsJsonServer server = new AwsJsonServer(http, targetPrefix);
        http.createContext("/", server::handle);
        http.start();
        return server;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Client settings for this server: region us-east-1, static fake credentials. */
    public AwsClientSettings clientSettings() {
        return new AwsClientSettings(Region.US_EAST_1, Optional.of(endpoint()), Optional.of(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDLOCALTEST", "local-secret"))));
    }

    /** Queues a 200 response with this JSON body for the next call of the operation. */
    public AwsJsonServer reply(String operation, String jsonBody) {
        return reply(operation, 200, jsonBody);
    }

    public synchronized AwsJsonServer reply(String operation, int status, String jsonBody) {
        scripts.computeIfAbsent(operation, k -> new ArrayDeque<>()).add(new Scripted(status, jsonBody));
        return this;
    }

    /** Queues an AWS JSON error response. */
    public AwsJsonServer fail(String operation, int status, String errorCode, String message) {
        return reply(operation, status,
                "{\"__type\":\"" + errorCode + "\",\"Message\":\"" + message.replace("\"", "\\\"") + "\"}");
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> received(String operation) {
        return received.stream().filter(r -> r.operation().equals(operation)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String target = String.valueOf(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), target,
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body));
            received.add(request);
            Scripted response = next(request);
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", request.contentType() == null ? "application/json"
                    : request.contentType());
            exchange.getResponseHeaders().set("x-amzn-RequestId", "local-" + received.size());
            exchange.sendResponseHeaders(response.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private synchronized Scripted next(Received request) {
        if (!"POST".equals(request.method()) || !request.target().startsWith(targetPrefix + ".")) {
            return new Scripted(400, "{\"__type\":\"UnknownOperationException\",\"Message\":\"not "
                    + targetPrefix + "\"}");
        }
        Deque<Scripted> queue = scripts.get(request.operation());
        if (queue == null || queue.isEmpty()) {
            return new Scripted(400, "{\"__type\":\"InvalidRequestException\",\"Message\":\"no scripted reply for "
                    + request.operation() + "\"}");
        }
        return queue.poll();
    }
}
