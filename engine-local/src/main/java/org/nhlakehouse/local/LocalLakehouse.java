package org.nhlakehouse.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.nhlakehouse.core.landing.FileLander;
import org.nhlakehouse.core.pipeline.FileLog;
import org.nhlakehouse.core.pipeline.Ingest;
import org.nhlakehouse.core.pipeline.Landing;
import org.nhlakehouse.core.pipeline.PipelineListener;
import org.nhlakehouse.core.pipeline.PipelineRunner;
import org.nhlakehouse.core.pipeline.RunReport;
import org.nhlakehouse.core.pipeline.Warehouse;
import org.nhlakehouse.core.sql.DdlRenderer;
import org.nhlakehouse.core.sql.SqlCatalog;
import org.nhlakehouse.core.sql.WarehouseNames;

/**
 * The whole lakehouse in one folder: {@code lakehouse.duckdb} (the embedded engine's database) and {@code objects/}
 * (the folder that stands in for the S3 bucket: raw Bronze files, Bronze rows, published Gold).
 */
public final class LocalLakehouse implements AutoCloseable {

    public static final String DATABASE_FILE = "lakehouse.duckdb";
    public static final String OBJECTS_DIR = "objects";

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
        DuckDbSqlEngine engine = DuckDbSqlEngine.open(absolute.resolve(DATABASE_FILE).toString(), false, true,
                Map.of("preserve_insertion_order", "false"));
        return new LocalLakehouse(absolute, engine, new LocalFsObjectStore(absolute.resolve(OBJECTS_DIR)), clock);
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

    /** Copies a folder of CMS files into raw Bronze. */
    public List<Ingest.Copied> ingest(Path folder) throws IOException {
        return new Ingest(new FolderDocumentSource(folder), store).copyAll();
    }

    /** Lands new raw files, runs every step for them, and publishes Gold for the dashboard. */
    public RunReport run(String runId, PipelineListener listener) {
        FileLog fileLog = new FileLog(warehouse);
        Landing landing = new Landing(warehouse, new FileLander(store, false), fileLog, clock);
        RunReport report = new PipelineRunner(warehouse, landing, fileLog, clock).run(runId, listener);
        GoldPublisher publisher = publisher();
        if (!report.batchId().isEmpty() || !Files.exists(publisher.root().resolve(GoldPublisher.MARKER))) {
            long started = System.nanoTime();
            publisher.publish(runId, touchedQuarters(report.batchId()));
            listener.message(String.format("Publish   Gold as Parquet for the dashboard (%s)%s%.1f s",
                    publisher.root(), " ".repeat(Math.max(1, 40 - publisher.root().toString().length())),
                    (System.nanoTime() - started) / 1e9));
        }
        return report;
    }

    public GoldPublisher publisher() {
        return new GoldPublisher(engine, store.root());
    }

    private List<String> touchedQuarters(String batchId) {
        if (batchId.isEmpty()) {
            return List.of();
        }
        return engine.execute(org.nhlakehouse.core.engine.SqlStatement.of(
                "select distinct quarter from silver.stg_affected_facility_quarters where batch_id = ?", batchId))
                .rows().stream().map(row -> (String) row.getFirst()).toList();
    }

    @Override
    public void close() {
        engine.close();
    }
}
