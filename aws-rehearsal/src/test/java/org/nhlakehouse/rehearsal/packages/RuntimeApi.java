package org.nhlakehouse.rehearsal.packages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.nhlakehouse.rehearsal.tools.LoopbackHttp;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Lambda's Runtime API (https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html) on 127.0.0.1 at a free port,
 * for one function process: the runtime client polls {@code GET /2018-06-01/runtime/invocation/next} for events and
 * posts each answer to {@code .../invocation/{id}/response} or {@code .../error}; a failed initialization posts to
 * {@code /init/error}. The time of the first poll is when initialization ended (the cold-start proxy).
 */
final class RuntimeApi implements AutoCloseable {

    private static final String PREFIX = "/2018-06-01/runtime/";

    /** The answer to one invocation: the response body, or the error body with its error type header. */
    record Answer(boolean error, String body, String errorType) {
    }

    private record Invocation(String id, String event, String functionArn) {
    }

    private final HttpServer server;
    private final BlockingQueue<Invocation> events = new LinkedBlockingQueue<>();
    private final Map<String, CompletableFuture<Answer>> answers = new ConcurrentHashMap<>();
    private final CompletableFuture<Long> firstPoll = new CompletableFuture<>();
    private final CompletableFuture<String> initError = new CompletableFuture<>();

    RuntimeApi() {
        server = LoopbackHttp.start(PREFIX, this::handle);
    }

    /** {@code host:port}, the value of AWS_LAMBDA_RUNTIME_API. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** When the runtime first asked for an event (System.nanoTime()), i.e. when its initialization ended. */
    CompletableFuture<Long> firstPoll() {
        return firstPoll;
    }

    CompletableFuture<String> initError() {
        return initError;
    }

    /** Queues an event and waits for the function's answer. */
    Answer invoke(String event, String functionArn, Duration timeout) throws Exception {
        String id = UUID.randomUUID().toString();
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        answers.put(id, answer);
        events.add(new Invocation(id, event, functionArn));
        CompletableFuture<Object> first = CompletableFuture.anyOf(answer, initError);
        Object result = first.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (result instanceof Answer a) {
            return a;
        }
        throw new AssertionError("The function failed to initialize: " + result);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (path.equals("invocation/next") && exchange.getRequestMethod().equals("GET")) {
                firstPoll.complete(System.nanoTime());
                Invocation next = events.take();
                byte[] event = next.event().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", next.id());
                exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms",
                        String.valueOf(System.currentTimeMillis() + 900_000));
                exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn", next.functionArn());
                exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id",
                        "Root=1-00000000-000000000000000000000000;Sampled=0");
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, event.length);
                exchange.getResponseBody().write(event);
                return;
            }
            if (path.equals("init/error")) {
                initError.complete(body);
            } else if (path.startsWith("invocation/") && (path.endsWith("/response") || path.endsWith("/error"))) {
                String id = path.substring("invocation/".length(), path.lastIndexOf('/'));
                boolean error = path.endsWith("/error");
                CompletableFuture<Answer> answer = answers.remove(id);
                if (answer == null) {
                    exchange.sendResponseHeaders(400, -1);
                    return;
                }
                answer.complete(new Answer(error, body,
                        exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type")));
            } else {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.sendResponseHeaders(202, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
