package org.nhlakehouse.trino.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.landing.Dataset;
import org.nhlakehouse.core.pipeline.Ingest;
import org.nhlakehouse.core.pipeline.Warehouse;
import org.nhlakehouse.core.sql.DdlRenderer;
import org.nhlakehouse.core.sql.SqlCatalog;
import org.nhlakehouse.core.sql.WarehouseNames;
import org.nhlakehouse.core.tasks.Notifier;
import org.nhlakehouse.core.tasks.PipelineServices;
import org.nhlakehouse.local.FolderDocumentSource;
import org.nhlakehouse.local.LocalFsObjectStore;
import org.nhlakehouse.localrun.LocalPipeline;
import org.nhlakehouse.statemachine.Execution;
import org.nhlakehouse.statemachine.time.ScaledClock;
import org.nhlakehouse.trino.TrinoEngineSettings;
import org.nhlakehouse.trino.TrinoSqlEngine;

/**
 * A Trino lakehouse for tests: one real server per test JVM, shared by every test class, with the {@code iceberg} and
 * {@code hive} catalogs over one local folder (see {@link TrinoServerConfig}). Started on first use, stopped by a
 * shutdown hook; each run gets a fresh data folder under {@code target/trino/}.
 *
 * <p>
 * Use it from tests tagged {@link TrinoTest} (they run only with {@code -Ptrino}):
 *
 * <pre>{@code
 * TrinoLakehouse lakehouse = TrinoLakehouse.shared();
 * lakehouse.createSchema("silver");
 * lakehouse.engine().execute(SqlStatement.of("select count(*) from silver.pbj_daily"));
 * Path bronzeFiles = lakehouse.localRoot().resolve("bronze-rows/pbj"); // is local:///bronze-rows/pbj
 * }</pre>
 */
public final class TrinoLakehouse {

    /** Where run folders go; the {@code trino} Maven profile points it at {@code target/trino}. */
    public static final String WORK_DIR_PROPERTY = "nhlakehouse.trino.work.dir";
    /**
     * The benchmarks' input: a folder of CMS files (e.g. a quarter from {@code ./lakehouse generate}) to run instead of
     * the samples.
     */
    public static final String BENCH_INPUT_PROPERTY = "bench.input";
    /** The catalog of Silver and Gold (Athena's Iceberg tables); the engine's session catalog. */
    public static final String ICEBERG_CATALOG = "iceberg";
    /** The catalog of Bronze raw-text tables (Athena's Hive tables). */
    public static final String HIVE_CATALOG = "hive";

    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]*");
    private static TrinoLakehouse shared;
    private static RuntimeException startFailure;

    private final TrinoTestServer server;
    private final TrinoSqlEngine engine;
    private final long readyRss;

    private TrinoLakehouse(TrinoTestServer server) {
        this.server = server;
        this.engine = new TrinoSqlEngine(settings());
        this.readyRss = server.residentMemory().map(rss -> rss[0]).orElse(-1L);
    }

    /** The server of this test JVM, started on the first call. */
    public static synchronized TrinoLakehouse shared() {
        if (startFailure != null) {
            // One failed start is enough: the other test classes fail fast with its cause.
            throw new IllegalStateException("The Trino test server failed to start earlier in this run", startFailure);
        }
        if (shared == null) {
            try {
                shared = start();
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
            TrinoLakehouse started = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "trino-test-server-stop"));
        }
        return shared;
    }

    private static TrinoLakehouse start() {
        Path workDir = Path.of(System.getProperty(WORK_DIR_PROPERTY, "target/trino")).toAbsolutePath();
        try {
            Files.createDirectories(workDir);
            removeEarlierRuns(workDir);
            Path runDir = workDir.resolve("run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern(
                    "yyyyMMdd-HHmmss")) + "-" + ProcessHandle.current().pid());
            Path serverHome = TrinoServerDistribution.installed();
            TrinoTestServer server = TrinoTestServer.start(serverHome, runDir);
            String memory = server.residentMemory()
                    .map(rss -> String.format("; RSS %d MB", rss[0] / (1024 * 1024)))
                    .orElse("");
            System.out.printf("[trino] server ready on 127.0.0.1:%d in %.1f s%s; log %s%n", server.port(),
                    server.startupTime().toMillis() / 1000.0, memory, server.logFile());
            return new TrinoLakehouse(server);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Trino test server", e);
        }
    }

    /** A session in the {@code iceberg} catalog without a schema: statements name tables as {@code schema.table}. */
    public TrinoSqlEngine engine() {
        return engine;
    }

    /** Settings for another engine on this server (e.g. with session properties); the caller closes that engine. */
    public TrinoEngineSettings settings() {
        return TrinoEngineSettings.of(server.jdbcUrl(), ICEBERG_CATALOG, Optional.empty(), "nh-lakehouse-test");
    }

    /**
     * The folder that {@code local:///} names: a file written at {@code localRoot().resolve("a/b")} is {@code local:///a/b}.
     */
    public Path localRoot() {
        return server.dataRoot();
    }

    /** The location a table or partition names for a folder under {@link #localRoot()}. */
    public String location(String relativePath) {
        return "local:///" + relativePath.replaceFirst("^/+", "");
    }

    /** Creates a schema if it is missing. Both catalogs share one metastore, so it exists in {@code hive} too. */
    public void createSchema(String schema) {
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("Not a schema name: " + schema);
        }
        engine.execute(SqlStatement.of("create schema if not exists " + ICEBERG_CATALOG + "." + schema));
    }

    /**
     * The warehouse in its Athena form on this server (Iceberg Silver and Gold, Hive raw-text Bronze under
     * {@code local:///}), its DDL run: what {@code sam deploy} and the first run set up on AWS.
     */
    public Warehouse warehouse(WarehouseNames names) throws IOException {
        for (Dataset dataset : Dataset.values()) {
            // The Hive connector wants an external table's folder to exist on a local disk (S3 has no folders).
            Files.createDirectories(localRoot().resolve("bronze-rows").resolve(dataset.id()));
        }
        Warehouse warehouse = new Warehouse(engine, new LocalFsObjectStore(localRoot()), SqlCatalog.load(), names,
                new DdlRenderer(engine.kind(), names, "local:///", HIVE_CATALOG));
        warehouse.setUp();
        return warehouse;
    }

    /**
     * One pipeline run over the files of a folder, as the state machine runs it on AWS: the files are copied into
     * Bronze (as the Drive poll does), then every step runs in its Athena form. The caller checks the execution.
     */
    public Execution runPipeline(Warehouse warehouse, Path input, String name) throws IOException {
        new Ingest(new FolderDocumentSource(input), warehouse.store()).copyAll();
        PipelineServices services = new PipelineServices(warehouse, false, PipelineServices.DEFAULT_LEASE, true,
                Clock.systemUTC(), Notifier.NONE);
        // Trino runs statements asynchronously: waits at 1/10 (0.2 s growing to 3 s), not every few ms.
        return new LocalPipeline(services, new ScaledClock(0.1), UnaryOperator.identity()).run(name,
                services.landing().newKeys());
    }

    public TrinoTestServer server() {
        return server;
    }

    private void stop() {
        long peakRss = server.residentMemory().map(rss -> rss[1]).orElse(-1L);
        engine.close();
        server.close();
        // The build's console may be gone by the time shutdown hooks run; the run folder keeps the figures.
        try {
            Files.writeString(server.runDir().resolve("summary.properties"), String.format(
                    "startup_seconds=%.1f%nready_rss_mb=%d%npeak_rss_mb=%d%n", server.startupTime().toMillis() / 1000.0,
                    readyRss / (1024 * 1024), peakRss / (1024 * 1024)));
        } catch (IOException ignored) {
            // only figures for the README are lost
        }
    }

    /** Removes the run folders of earlier test JVMs whose server is no longer running. */
    private static void removeEarlierRuns(Path workDir) throws IOException {
        try (Stream<Path> runs = Files.list(workDir)) {
            for (Path run : runs.filter(p -> p.getFileName().toString().startsWith("run-")).toList()) {
                if (!serverAlive(run)) {
                    TrinoServerDistribution.deleteRecursively(run);
                }
            }
        }
    }

    private static boolean serverAlive(Path runDir) {
        try {
            long pid = Long.parseLong(Files.readString(runDir.resolve("node/server.pid")).trim());
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }
}
