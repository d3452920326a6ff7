package org.nhlakehouse.localrun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.pipeline.FileLog;
import org.nhlakehouse.core.pipeline.Ingest;
import org.nhlakehouse.core.pipeline.PipelineFailedException;
import org.nhlakehouse.core.pipeline.PipelineListener;
import org.nhlakehouse.core.pipeline.RunReport;
import org.nhlakehouse.core.pipeline.Warehouse;
import org.nhlakehouse.core.sql.DdlRenderer;
import org.nhlakehouse.core.sql.SqlCatalog;
import org.nhlakehouse.core.sql.WarehouseNames;
import org.nhlakehouse.core.tasks.Notifier;
import org.nhlakehouse.core.tasks.PipelineServices;
import org.nhlakehouse.core.tasks.PipelineTask;
import org.nhlakehouse.local.ChecksumCache;
import org.nhlakehouse.local.DuckDbAppliedDdl;
import org.nhlakehouse.local.DuckDbSqlEngine;
import org.nhlakehouse.local.FolderDocumentSource;
import org.nhlakehouse.local.GoldPublisher;
import org.nhlakehouse.local.LocalFsObjectStore;
import org.nhlakehouse.local.LocalWarehouseFolder;
import org.nhlakehouse.statemachine.Execution;
import org.nhlakehouse.statemachine.time.ScaledClock;

/**
 * The whole lakehouse in one folder ({@link LocalWarehouseFolder}): {@code lakehouse.duckdb} (the embedded engine's
 * database) and {@code objects/} (the folder that stands in for the S3 bucket: raw Bronze files, Bronze rows, published
 * Gold), the pipeline run on it by its state machine in-process. This is the local composition root: the only place
 * where the DuckDB and folder adapters, the pipeline's tasks and the ASL executor meet.
 */
public final class LocalLakehouse implements AutoCloseable {

    /**
     * DuckDB's memory budget: it spills to {@code lakehouse.duckdb.tmp/} beyond it. DuckDB's own default is 80% of
     * RAM, which let an 8-quarter batch grow past 8 GB; 3 GB keeps the whole process within 4 GB. Override with the
     * environment variable {@value #MEMORY_LIMIT_VARIABLE} (DuckDB syntax, e.g. {@code 8GB}).
     */
    public static final String DEFAULT_MEMORY_LIMIT = "3GB";
    public static final String MEMORY_LIMIT_VARIABLE = "LAKEHOUSE_DUCKDB_MEMORY_LIMIT";

    private final Path directory;
    private final DuckDbSqlEngine engine;
    private final LocalFsObjectStore store;
    private final Warehouse warehouse;
    private final Clock clock;

    private LocalLakehouse(Path directory, DuckDbSqlEngine engine, LocalFsObjectStore store, Clock clock) {
        this.directory = directory;
        this.engine = engine;
        this.store = store;
        this.clock = clock;
        this.warehouse = new Warehouse(engine, store, SqlCatalog.load(), WarehouseNames.defaults(),
                new DdlRenderer(engine.kind(), WarehouseNames.defaults(), store.root().toString(), "hive"));
    }

    /** Opens (or creates) the lakehouse in a folder, for reading and writing. */
    public static LocalLakehouse open(Path directory) {
        return open(directory, Clock.systemUTC());
    }

    public static LocalLakehouse open(Path directory, Clock clock) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot create the warehouse folder " + directory, e);
        }
        Path absolute = directory.toAbsolutePath().normalize();
        String memoryLimit = Optional.ofNullable(System.getenv(MEMORY_LIMIT_VARIABLE)).filter(v -> !v.isBlank())
                .orElse(DEFAULT_MEMORY_LIMIT);
        DuckDbSqlEngine engine = DuckDbSqlEngine.open(LocalWarehouseFolder.database(absolute).toString(), false, true,
                Map.of("preserve_insertion_order", "false", "memory_limit", memoryLimit));
        return new LocalLakehouse(absolute, engine, new LocalFsObjectStore(LocalWarehouseFolder.objects(absolute)), clock);
    }

    /**
     * Opens an existing lakehouse for queries only: DuckDB in read-only mode, nothing created or written, so it works
     * on a read-only disk or mount (and while nothing else writes to it).
     */
    public static LocalLakehouse openReadOnly(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        DuckDbSqlEngine engine = DuckDbSqlEngine.open(LocalWarehouseFolder.database(absolute).toString(), true, false,
                Map.of());
        return new LocalLakehouse(absolute, engine, new LocalFsObjectStore(LocalWarehouseFolder.objects(absolute)),
                Clock.systemUTC());
    }

    public Path directory() {
        return directory;
    }

    public DuckDbSqlEngine engine() {
        return engine;
    }

    public LocalFsObjectStore store() {
        return store;
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    /**
     * Creates the warehouse's schemas, tables and views, unless the database records that it already holds exactly
     * this DDL ({@link Warehouse#setUpUnlessApplied}).
     *
     * @return whether the DDL ran
     */
    public boolean setUp() {
        return warehouse.setUpUnlessApplied(new DuckDbAppliedDdl(engine, warehouse.names().ops()));
    }

    /**
     * Copies a folder of CMS files into raw Bronze. Files unchanged since an earlier run into this warehouse are not
     * read again for their checksum ({@link ChecksumCache}).
     */
    public List<Ingest.Copied> ingest(Path folder) throws IOException {
        ChecksumCache checksums = ChecksumCache.in(directory, Clock.systemUTC());
        return new Ingest(new FolderDocumentSource(folder, checksums), store).copyAll();
    }

    /** The pipeline's tasks on this warehouse, as the Lambda handlers run them on AWS. */
    public PipelineServices services() {
        return new PipelineServices(warehouse, false, PipelineServices.DEFAULT_LEASE, true, clock, Notifier.NONE);
    }

    /**
     * Runs the pipeline's state machine in-process for the raw files not landed yet (and any landed file still
     * waiting), then publishes Gold for the dashboard.
     *
     * @throws PipelineFailedException when the run fails; its report holds the execution history
     */
    public RunReport run(String runId, PipelineListener listener) {
        return run(runId, listener, UnaryOperator.identity());
    }

    /** As {@link #run(String, PipelineListener)}, with each task wrapped (tests inject faults this way). */
    public RunReport run(String runId, PipelineListener listener, UnaryOperator<PipelineTask> decorate) {
        long started = System.nanoTime();
        setUp();
        PipelineServices services = services();
        List<String> keys = services.landing().newKeys();
        if (!keys.isEmpty() || services.fileLog().entries().values().stream().anyMatch(FileLog.Entry::isLanded)) {
            publisher().markPending(runId);
        }
        WorkTimer work = new WorkTimer(Set.of("landFile", "runSqlStep"));
        long executionStarted = System.nanoTime();
        Execution execution = pipeline(listener, task -> work.apply(decorate.apply(task))).run(runId, keys);
        reportOrchestration(listener, (System.nanoTime() - executionStarted) / 1_000_000, work.busyMillis());
        RunReport report = report(execution, (System.nanoTime() - started) / 1_000_000);
        publish(runId, report.batchId(), listener);
        return report;
    }

    /**
     * What driving the steps through the state machine cost: the execution's time with no file landing and no SQL
     * step running (issue 3 allows 10 % of the work, or 1 s, whichever is larger).
     */
    private static void reportOrchestration(PipelineListener listener, long executionMillis, long workMillis) {
        long orchestrationMillis = Math.max(0, executionMillis - workMillis);
        listener.message(String.format(Locale.ROOT,
                "Overhead  %.1f s of the execution's %.1f s had no file landing and no SQL step running (%.1f %% of the work)",
                orchestrationMillis / 1000.0, executionMillis / 1000.0,
                workMillis == 0 ? 0.0 : 100.0 * orchestrationMillis / workMillis));
    }

    /**
     * The state machine on this warehouse, in-process. Waits and retry delays run at 1/100 of real time: a run
     * waiting for another's lease polls every 0.6 s, not every minute.
     */
    public LocalPipeline pipeline(PipelineListener listener, UnaryOperator<PipelineTask> decorate) {
        return new LocalPipeline(services(), new ScaledClock(0.01),
                task -> new ProgressReporting(listener).apply(decorate.apply(task)));
    }

    /** Turns an execution's outcome into a report, or a failure carrying its history. */
    public RunReport report(Execution execution, long elapsedMillis) {
        if (!execution.succeeded()) {
            throw new PipelineFailedException(execution.name(), String.valueOf(execution.error()),
                    String.valueOf(execution.cause()), execution.report());
        }
        return RunReport.fromExecutionOutput(execution.name(), execution.output(), elapsedMillis);
    }

    /**
     * Publishes Gold for the dashboard after a run that changed it, and after a run that found Gold changed but not
     * published (its predecessor was killed before or while publishing: then every quarter's days are republished).
     */
    public void publish(String runId, String batchId, PipelineListener listener) {
        GoldPublisher publisher = publisher();
        if (batchId.isEmpty() && !publisher.isStale()) {
            return;
        }
        long started = System.nanoTime();
        publisher.publish(runId, batchId.isEmpty() ? publisher.allDailyQuarters() : quartersWithChangedDays(batchId));
        listener.message(String.format("Publish   Gold as Parquet for the dashboard (%s)%s%.1f s", publisher.root(),
                " ".repeat(Math.max(1, 40 - publisher.root().toString().length())), (System.nanoTime() - started) / 1e9));
    }

    public GoldPublisher publisher() {
        return new GoldPublisher(engine, store.root());
    }

    /** The quarters in which the batch changed facility days: only their daily files need publishing again. */
    private List<String> quartersWithChangedDays(String batchId) {
        if (batchId.isEmpty()) {
            return List.of();
        }
        return engine.execute(SqlStatement.of(
                "select distinct quarter from silver.stg_affected_facility_quarters where batch_id = ? and days_changed",
                batchId))
                .rows().stream().map(row -> (String) row.getFirst()).toList();
    }

    @Override
    public void close() {
        engine.close();
    }
}
