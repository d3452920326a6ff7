package org.nhlakehouse.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.engine.SqlValue;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Publishes Gold as Parquet files under {@code objects/gold-published/}, as Gold sits in S3 on AWS. The dashboard reads
 * these files, never the pipeline's database, so a run never waits for a dashboard and a dashboard never sees a run's
 * half-written tables: each file is written aside and renamed into place, and {@value #MARKER} changes last (the
 * dashboard's signal to drop its cache).
 *
 * <p>
 * Facility days, the one large table, are published per quarter, and only the quarters whose days a run changed are
 * rewritten.
 */
public final class GoldPublisher {

    public static final String ROOT = "gold-published";
    public static final String MARKER = "_published.json";
    /**
     * Written before a run that has work, removed once its Gold is published: a run killed after its files were
     * processed but before (or while) publishing leaves it, and the next run publishes even with nothing new.
     */
    public static final String PENDING = "_publish-pending";
    public static final String DAILY = "gold/fct_facility_day";

    /** Relations published whole, small enough to rewrite every run. */
    public static final List<String> RELATIONS = List.of("gold.fct_facility_quarter", "gold.dim_facility",
            "gold.agg_state_quarter", "gold.agg_national_quarter", "gold.agg_peer_distribution", "gold.data_health",
            "gold.data_health_reasons", "gold.rpt_cms_conformance", "gold.rpt_facility_quarters", "ops.pipeline_runs",
            "silver.rejects");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SIDE_BY_SIDE = 2;

    private final SqlEngine engine;
    private final Path root;

    public GoldPublisher(SqlEngine engine, Path objectsRoot) {
        this.engine = engine;
        this.root = objectsRoot.resolve(ROOT);
    }

    public Path root() {
        return root;
    }

    /**
     * Publishes every small relation, and the facility days of the given quarters (those whose days changed) plus any
     * quarter not published yet.
     */
    public void publish(String runId, List<String> touchedQuarters) {
        try {
            Files.createDirectories(root);
            exportSideBySide(RELATIONS.stream().map(relation -> (Export) () -> export("select * from " + relation,
                    root.resolve(relation.replace('.', '/') + ".parquet"))).toList());
            TreeSet<String> quarters = new TreeSet<>(touchedQuarters);
            for (List<Object> row : engine.execute(SqlStatement.of(
                    "select distinct quarter from gold.fct_facility_day")).rows()) {
                String quarter = (String) row.getFirst();
                if (!Files.exists(dailyFile(quarter))) {
                    quarters.add(quarter);
                }
            }
            for (String quarter : quarters) {
                if (!quarter.matches("\\d{4}Q[1-4]")) {
                    throw new IllegalArgumentException("Not a quarter: " + quarter);
                }
                export("select * exclude (quarter) from gold.fct_facility_day where quarter = "
                        + new SqlValue.Text(quarter).toSqlLiteral(), dailyFile(quarter));
            }
            Map<String, Object> marker = new LinkedHashMap<>();
            marker.put("run_id", runId);
            marker.put("published_at", Instant.now().toString());
            marker.put("relations", RELATIONS);
            marker.put("daily_quarters_rewritten", new ArrayList<>(quarters));
            Path temp = root.resolve(".tmp-" + MARKER);
            JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), marker);
            Files.move(temp, root.resolve(MARKER), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(root.resolve(PENDING));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot publish Gold to " + root, e);
        }
    }

    /** Notes that a run with work is about to change Gold, which must then be published (see {@link #PENDING}). */
    public void markPending(String runId) {
        try {
            Files.createDirectories(root);
            Files.writeString(root.resolve(PENDING), runId + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + root.resolve(PENDING), e);
        }
    }

    /** Whether Gold changed since it was last published completely (or was never published). */
    public boolean isStale() {
        return Files.exists(root.resolve(PENDING)) || !Files.exists(root.resolve(MARKER));
    }

    /** Every quarter Gold holds facility days for. */
    public List<String> allDailyQuarters() {
        return engine.execute(SqlStatement.of("select distinct quarter from gold.fct_facility_day order by quarter"))
                .rows().stream().map(row -> (String) row.getFirst()).toList();
    }

    /** The quarters whose facility days are published. */
    public List<String> publishedQuarters() {
        Path daily = root.resolve(DAILY);
        if (!Files.isDirectory(daily)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(daily)) {
            return dirs.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("quarter="))
                    .map(n -> n.substring("quarter=".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface Export {
        void run() throws IOException;
    }

    /**
     * Runs exports two at a time: DuckDB writes a relation smaller than one row group (122,880 rows) on one thread, so
     * one after the other they leave a core idle. The facility days, large and multi-threaded, stay one at a time.
     */
    private static void exportSideBySide(List<Export> exports) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(SIDE_BY_SIDE);
        try {
            List<Future<Void>> done = pool.invokeAll(exports.stream().map(export -> (Callable<Void>) () -> {
                export.run();
                return null;
            }).toList());
            for (Future<Void> export : done) {
                export.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while publishing", e);
        } catch (ExecutionException e) {
            switch (e.getCause()) {
                case IOException io -> throw io;
                case RuntimeException runtime -> throw runtime;
                case Error error -> throw error;
                default -> throw new IOException(e.getCause());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Path dailyFile(String quarter) {
        return root.resolve(DAILY).resolve("quarter=" + quarter).resolve("data.parquet");
    }

    private void export(String query, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling(".tmp-" + target.getFileName());
        String path = temp.toString();
        if (path.contains("'")) {
            throw new IllegalArgumentException("A publish path cannot contain quotes: " + path);
        }
        engine.execute(SqlStatement.of("copy (" + query + ") to '" + path + "' (format parquet, compression zstd)")
                .withLabel("publish " + target.getFileName()));
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
