package org.nhlakehouse.rehearsal.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nhlakehouse.aws.AwsClientSettings;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/**
 * {@code moto_server} (moto 5.2) on 127.0.0.1 at a port of its choosing, one per test class. Given a Lambda endpoint,
 * its Step Functions backend runs executions through its ASL interpreter ({@code execute_state_machine}); otherwise
 * executions stay RUNNING, as a long execution does on AWS.
 *
 * <p>
 * That interpreter calls Lambda's Invoke API at {@code http://localhost:$MOTO_PORT} (its own server, normally; moto's
 * Lambda would need Docker). Given a Lambda endpoint, the server is started with {@code MOTO_PORT} naming that
 * endpoint's port instead, so every Task's Invoke reaches the endpoint as a real, signed Lambda API request.
 */
public final class MotoServer implements AutoCloseable {

    public static final String ACCOUNT = "123456789012";
    public static final Region REGION = Region.US_EAST_1;
    private static final Pattern LISTENING = Pattern.compile("Running on http://127\\.0\\.0\\.1:(\\d+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final int port;
    private final ConcurrentLinkedDeque<String> log;

    private MotoServer(Process process, int port, ConcurrentLinkedDeque<String> log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static MotoServer start() {
        return start(Optional.empty());
    }

    /** @param lambdaPort the loopback port of the endpoint that answers Step Functions' Lambda Invoke calls */
    public static MotoServer start(Optional<Integer> lambdaPort) {
        AwsTools.requireInstalled();
        ProcessBuilder builder = new ProcessBuilder(AwsTools.python(), "-m", "moto.server", "-H", "127.0.0.1", "-p",
                "0").redirectOutput(ProcessBuilder.Redirect.DISCARD);
        lambdaPort.ifPresent(p -> builder.environment().put("MOTO_PORT", String.valueOf(p)));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("Cannot start moto_server (" + AwsTools.INSTALL + ")", e);
        }
        ConcurrentLinkedDeque<String> log = new ConcurrentLinkedDeque<>();
        CompletableFuture<Integer> listening = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("moto_server-log").start(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null;) {
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        listening.complete(Integer.parseInt(matcher.group(1)));
                    }
                    log.add(line);
                    if (log.size() > 400) {
                        log.pollFirst();
                    }
                }
            } catch (IOException e) {
                listening.completeExceptionally(e);
            }
            listening.completeExceptionally(new IllegalStateException("moto_server ended: " + String.join("\n", log)));
        });
        try {
            MotoServer server = new MotoServer(process, listening.get(60, TimeUnit.SECONDS), log);
            if (lambdaPort.isPresent()) {
                server.post("/moto-api/config", "{\"stepfunctions\": {\"execute_state_machine\": true}}");
            }
            return server;
        } catch (Exception e) {
            process.destroyForcibly();
            throw new AssertionError("moto_server did not start: " + String.join("\n", log), e);
        }
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    public AwsClientSettings clientSettings() {
        return new AwsClientSettings(REGION, Optional.of(endpoint()),
                Optional.of(StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"))));
    }

    /** The last lines moto_server logged (its request log), for failure messages. */
    public String recentLog() {
        return String.join("\n", log);
    }

    /** POSTs JSON to moto's own API (/moto-api/...) and returns the answer's body. */
    public String post(String path, String json) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(endpoint().resolve(path))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
