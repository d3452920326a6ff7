package org.nhlakehouse.aws.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.nhlakehouse.aws.AwsClientSettings;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * A local stand-in for an AWS service that speaks the AWS Query protocol (SNS): every call is {@code POST /} with a
 * form-encoded body ({@code Action=Publish&Version=2010-03-31&...}), answered with XML; errors are an HTTP 4xx/5xx
 * with an {@code <ErrorResponse>} document. Replies are scripted per action, in order; every request is recorded.
 * Bound to 127.0.0.1 on a free port.
 */
public final class AwsQueryServer implements AutoCloseable {

    /** One request as the server received it, its form parameters in order. */
    public record Received(String method, String path, String contentType, String authorization,
            Map<String, String> parameters) {
        public String action() {
            return parameters.getOrDefault("Action", "");
        }
    }

    private record Scripted(int status, String body) {
    }

    private final HttpServer server;
    private final String xmlNamespace;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Scripted>> scripts = new HashMap<>();

    private AwsQueryServer(HttpServer server, String xmlNamespace) {
        this.server = server;
        this.xmlNamespace = xmlNamespace;
    }

    /** @param xmlNamespace the service's response namespace, e.g. {@code http://sns.amazonaws.com/doc/2010-03-31/} */
    public static AwsQueryServer start(String xmlNamespace) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AwsQueryServer server = new AwsQueryServer(http, xmlNamespace);
        http.createContext("/", server::handle);
        http.start();
        return server;
    }

    /** An SNS stand-in. */
    public static AwsQueryServer sns() throws IOException {
        return start("http://sns.amazonaws.com/doc/2010-03-31/");
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Client settings for this server: region us-east-1, static fake credentials. */
    public AwsClientSettings clientSettings() {
        return new AwsClientSettings(Region.US_EAST_1, Optional.of(endpoint()), Optional.of(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDLOCALTEST", "local-secret"))));
    }

    /** Queues a 200 response: {@code <ActionResponse><ActionResult>resultXml</ActionResult>...}. */
    public synchronized AwsQueryServer reply(String action, String resultXml) {
        String body = "<" + action + "Response xmlns=\"" + xmlNamespace + "\"><" + action + "Result>" + resultXml
                + "</" + action + "Result><ResponseMetadata><RequestId>local-" + (received.size() + 1)
                + "</RequestId></ResponseMetadata></" + action + "Response>";
        scripts.computeIfAbsent(action, k -> new ArrayDeque<>()).add(new Scripted(200, body));
        return this;
    }

    /** Queues a Query-protocol error response. */
    public synchronized AwsQueryServer fail(String action, int status, String errorCode, String message) {
        String body = "<ErrorResponse xmlns=\"" + xmlNamespace + "\"><Error><Type>" + (status < 500 ? "Sender"
                : "Receiver") + "</Type><Code>" + errorCode + "</Code><Message>" + message + "</Message></Error>"
                + "<RequestId>local-error</RequestId></ErrorResponse>";
        scripts.computeIfAbsent(action, k -> new ArrayDeque<>()).add(new Scripted(status, body));
        return this;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public List<Received> received(String action) {
        return received.stream().filter(r -> r.action().equals(action)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    exchange.getRequestHeaders().getFirst("Authorization"), form(body));
            received.add(request);
            Scripted response = next(request);
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/xml");
            exchange.getResponseHeaders().set("x-amzn-RequestId", "local-" + received.size());
            exchange.sendResponseHeaders(response.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private synchronized Scripted next(Received request) {
        Deque<Scripted> queue = scripts.get(request.action());
        if (!"POST".equals(request.method()) || queue == null || queue.isEmpty()) {
            return new Scripted(400, "<ErrorResponse xmlns=\"" + xmlNamespace + "\"><Error><Type>Sender</Type><Code>"
                    + "InvalidAction</Code><Message>no scripted reply for " + request.action() + "</Message></Error>"
                    + "<RequestId>local-error</RequestId></ErrorResponse>");
        }
        return queue.poll();
    }

    private static Map<String, String> form(String body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (body.isEmpty()) {
            return parameters;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value,
                    StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
