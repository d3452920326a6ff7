package org.nhlakehouse.dashboard.gold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

import org.jboss.logging.Logger;
import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.sql.WarehouseNames;
import org.nhlakehouse.local.DuckDbSqlEngine;
import org.nhlakehouse.local.GoldPublisher;
import org.nhlakehouse.local.LocalWarehouseFolder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Local mode: an in-memory DuckDB whose {@code gold.*}, {@code ops.*} and {@code silver.*} views read the Parquet files
 * that {@link GoldPublisher} writes after every run, never the pipeline's own database file (DuckDB locks it, and a run
 * must not wait for the dashboard). The publisher renames each file into place and rewrites its marker last, so a
 * changed marker means a complete new publication: the views are then re-created and the version changes.
 */
public final class PublishedParquetGold implements GoldSource {

    private static final Logger LOG = Logger.getLogger(PublishedParquetGold.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final DuckDbSqlEngine engine;
    private volatile Snapshot current;

    private record Snapshot(long modifiedMillis, long size, DataVersion version) {
    }

    private PublishedParquetGold(Path root, DuckDbSqlEngine engine) {
        this.root = root;
        this.engine = engine;
    }

    /** Reads the Gold published under a warehouse folder ({@code objects/gold-published/}). */
    public static PublishedParquetGold open(Path warehouse) {
        Path root = LocalWarehouseFolder.objects(warehouse.toAbsolutePath().normalize())
                .resolve(GoldPublisher.ROOT);
        if (root.toString().contains("'")) {
            throw new IllegalArgumentException("The warehouse path cannot contain a quote: " + root);
        }
        DuckDbSqlEngine engine = DuckDbSqlEngine.inMemory();
        for (String schema : List.of("gold", "ops", "silver")) {
            engine.execute(SqlStatement.of("create schema if not exists " + schema));
        }
        return new PublishedParquetGold(root, engine);
    }

    @Override
    public SqlEngine engine() {
        return engine;
    }

    @Override
    public WarehouseNames names() {
        return WarehouseNames.defaults();
    }

    /** The warehouse by its folder's name: pages are public, the server's paths are not. */
    @Override
    public String describe() {
        Path warehouse = root.getParent().getParent();
        return "the Gold published by warehouse \"" + (warehouse.getFileName() == null ? "warehouse"
                : warehouse.getFileName()) + "\"";
    }

    @Override
    public DataVersion version() {
        Path marker = root.resolve(GoldPublisher.MARKER);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(marker, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new NoPublishedGoldException("No published Gold in " + root
                    + ": run ./lakehouse run --warehouse DIR first (it publishes Gold at the end of every run).");
        }
        Snapshot seen = current;
        long modified = attributes.lastModifiedTime().toMillis();
        if (seen != null && seen.modifiedMillis == modified && seen.size == attributes.size()) {
            return seen.version;
        }
        return refresh(marker, modified, attributes.size());
    }

    private synchronized DataVersion refresh(Path marker, long modified, long size) {
        Snapshot seen = current;
        if (seen != null && seen.modifiedMillis == modified && seen.size == size) {
            return seen.version;
        }
        String publishedAt = "";
        String runId = "";
        try {
            JsonNode json = JSON.readTree(marker.toFile());
            publishedAt = json.path("published_at").asText("");
            runId = json.path("run_id").asText("");
        } catch (IOException e) {
            LOG.warnf("Cannot read %s (%s); using its timestamp only", marker, e.getMessage());
        }
        createViews();
        DataVersion version = new DataVersion(runId + "@" + modified + ":" + size, publishedAt);
        current = new Snapshot(modified, size, version);
        LOG.infof("Reading Gold published by run %s at %s from %s", runId, publishedAt, root);
        return version;
    }

    private void createViews() {
        for (String relation : GoldPublisher.RELATIONS) {
            Path file = root.resolve(relation.replace('.', '/') + ".parquet");
            if (Files.exists(file)) {
                engine.execute(SqlStatement.of("create or replace view " + relation + " as select * from read_parquet('"
                        + file + "')").withLabel("view " + relation));
            }
        }
        Path daily = root.resolve(GoldPublisher.DAILY);
        if (Files.isDirectory(daily)) {
            // One file per quarter (quarter=YYYYQn/data.parquet): hive partitioning restores the quarter column, and a
            // quarter filter reads that quarter's file only.
            engine.execute(SqlStatement.of("create or replace view gold.fct_facility_day as select * from read_parquet('"
                    + daily + "/*/data.parquet', hive_partitioning = true, hive_types = {'quarter': varchar})")
                    .withLabel("view gold.fct_facility_day"));
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
