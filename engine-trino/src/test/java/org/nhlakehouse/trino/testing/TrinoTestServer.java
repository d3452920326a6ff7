package org.nhlakehouse.trino.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real Trino server in a child process: single node, bound to 127.0.0.1 on a free port, with a fresh data folder.
 *
 * <p>
 * It runs {@code io.trino.server.TrinoServer} from {@code lib/*} directly (what the distribution's launcher does),
 * under a small shell that ends the server when this JVM's pipe to it closes: on {@link #close()}, and also when the
 * test JVM dies without running its shutdown hooks, so no server outlives its build.
 */
public final class TrinoTestServer implements AutoCloseable {

    /** The JDK that runs the server when the test JVM is older than Trino needs (Trino 476 needs Java 24+). */
    public static final String JAVA_PROPERTY = "nhlakehouse.trino.java";
    static final Path DEFAULT_JAVA_HOME = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
    static final int MIN_JAVA_FEATURE = 24;

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern STARTING = Pattern.compile("\"starting\"\\s*:\\s*(true|false)");
    private static final Pattern RSS = Pattern.compile("^(VmRSS|VmHWM):\\s+(\\d+) kB", Pattern.MULTILINE);

    // Runs the server and a reader of stdin: EOF there (close(), or this JVM's death) stops the server; the
    // watchdog exits with the server's status.
    private static final String WATCHDOG = "\"$@\" & server=$!; echo $server > server.pid; "
            + "( while read -r _; do :; done; kill $server 2>/dev/null ) <&0 & reader=$!; "
            + "wait $server; status=$?; kill $reader 2>/dev/null; exit $status";

    private final Process watchdog;
    private final OutputStream watchdogInput;
    private final Path runDir;
    private final Path dataRoot;
    private final Path logFile;
    private final int port;
    private final Duration startupTime;

    private TrinoTestServer(Process watchdog, Path runDir, Path dataRoot, Path logFile, int port,
            Duration startupTime) {
        this.watchdog = watchdog;
        this.watchdogInput = watchdog.getOutputStream();
        this.runDir = runDir;
        this.dataRoot = dataRoot;
        this.logFile = logFile;
        this.port = port;
        this.startupTime = startupTime;
    }

    /**
     * Starts a server from an extracted distribution and waits until it accepts queries.
     *
     * @param serverHome the extracted distribution ({@link TrinoServerDistribution#installed()})
     * @param runDir a folder of its own for this server's config, data and logs; created, and must not exist
     */
    public static TrinoTestServer start(Path serverHome, Path runDir) throws IOException {
        if (Files.exists(runDir)) {
            throw new IllegalArgumentException("A server's run folder must be new: " + runDir);
        }
        runDir = runDir.toAbsolutePath();
        Path dataRoot = runDir.resolve("data");
        Path nodeDir = runDir.resolve("node");
        Path logFile = runDir.resolve("server.log");
        Path consoleFile = runDir.resolve("console.log");
        Files.createDirectories(nodeDir);
        int port = freeLoopbackPort();
        TrinoServerConfig config = new TrinoServerConfig(runDir.resolve("etc"), serverHome.resolve("plugin"), dataRoot, port);
        Map<String, String> nodeProperties = config.write();

        List<String> command = new ArrayList<>(List.of("bash", "-c", WATCHDOG, "trino-watchdog"));
        command.add(javaExecutable().toString());
        command.addAll(TrinoServerConfig.JVM_OPTIONS);
        nodeProperties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-Dconfig=" + config.configFile());
        command.add("-Dlog.levels-file=" + config.logLevelsFile());
        command.add("-Dlog.output-file=" + logFile);
        command.add("-Dlog.enable-console=false");
        command.add("-cp");
        command.add(serverHome.resolve("lib") + "/*");
        command.add("io.trino.server.TrinoServer");

        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .directory(nodeDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(consoleFile.toFile())
                .start();
        try {
            awaitReady(process, port, started);
        } catch (RuntimeException e) {
            String tails = tail(logFile, 60) + "\n--- " + consoleFile + " ---\n" + tail(consoleFile, 30);
            new TrinoTestServer(process, runDir, dataRoot, logFile, port, Duration.ZERO).close();
            throw new IllegalStateException("Trino did not start: " + e.getMessage() + "\n--- " + logFile + " ---\n"
                    + tails, e);
        }
        Duration startupTime = Duration.ofNanos(System.nanoTime() - started);
        return new TrinoTestServer(process, runDir, dataRoot, logFile, port, startupTime);
    }

    public int port() {
        return port;
    }

    /** {@code jdbc:trino://127.0.0.1:<port>}, without catalog or schema. */
    public String jdbcUrl() {
        return "jdbc:trino://127.0.0.1:" + port;
    }

    /** The folder that {@code local:///} names in the catalogs: Bronze files are written under it. */
    public Path dataRoot() {
        return dataRoot;
    }

    public Path runDir() {
        return runDir;
    }

    public Path logFile() {
        return logFile;
    }

    /** From process start until {@code /v1/info} said it was no longer starting. */
    public Duration startupTime() {
        return startupTime;
    }

    /** The server process's resident memory now and at its peak, in bytes, where {@code /proc} tells. */
    public Optional<long[]> residentMemory() {
        Optional<Long> pid = serverPid();
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        try {
            String status = Files.readString(Path.of("/proc", pid.get().toString(), "status"));
            long rss = -1;
            long peak = -1;
            Matcher matcher = RSS.matcher(status);
            while (matcher.find()) {
                long bytes = Long.parseLong(matcher.group(2)) * 1024;
                if (matcher.group(1).equals("VmRSS")) {
                    rss = bytes;
                } else {
                    peak = bytes;
                }
            }
            return Optional.of(new long[] { rss, peak });
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<Long> serverPid() {
        try {
            return Optional.of(Long.parseLong(Files.readString(runDir.resolve("node/server.pid")).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Stops the server: closing the watchdog's stdin makes it send SIGTERM and wait; force after a timeout. */
    @Override
    public void close() {
        try {
            watchdogInput.close();
        } catch (IOException ignored) {
            // the watchdog is gone already
        }
        try {
            if (!watchdog.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                serverPid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
                watchdog.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            serverPid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
            watchdog.destroyForcibly();
        }
    }

    private static void awaitReady(Process watchdog, int port, long startedNanos) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest info = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/info"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = startedNanos + START_TIMEOUT.toNanos();
        while (true) {
            if (!watchdog.isAlive()) {
                throw new IllegalStateException("the server process exited with " + watchdog.exitValue());
            }
            try {
                HttpResponse<String> response = http.send(info, HttpResponse.BodyHandlers.ofString());
                Matcher starting = STARTING.matcher(response.body());
                if (response.statusCode() == 200 && starting.find() && starting.group(1).equals("false")) {
                    return;
                }
            } catch (IOException notServingYet) {
                // not listening yet, or too busy starting to answer within the request timeout
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the server", e);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not ready within " + START_TIMEOUT.toSeconds() + " s");
            }
            pause(Duration.ofMillis(250));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the server", e);
        }
    }

    static Path javaExecutable() {
        String configured = System.getProperty(JAVA_PROPERTY);
        Path javaHome;
        if (configured != null && !configured.isBlank()) {
            javaHome = Path.of(configured);
        } else if (Runtime.version().feature() >= MIN_JAVA_FEATURE) {
            javaHome = Path.of(System.getProperty("java.home"));
        } else {
            javaHome = DEFAULT_JAVA_HOME;
        }
        Path java = javaHome.resolve("bin/java");
        if (!Files.isExecutable(java)) {
            throw new IllegalStateException("Trino needs Java " + MIN_JAVA_FEATURE + "+; no java at " + java
                    + " (set -D" + JAVA_PROPERTY + "=<JDK home>)");
        }
        return java;
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }

    static String tail(Path file, int lines) {
        if (!Files.isRegularFile(file)) {
            return "(no " + file.getFileName() + ")";
        }
        try (Stream<String> all = Files.lines(file)) {
            List<String> list = all.toList();
            return String.join("\n", list.subList(Math.max(0, list.size() - lines), list.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(could not read " + file + ": " + e.getMessage() + ")";
        }
    }
}
