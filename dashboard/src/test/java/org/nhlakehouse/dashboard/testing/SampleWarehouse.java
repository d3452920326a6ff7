package org.nhlakehouse.dashboard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.nhlakehouse.core.pipeline.PipelineListener;
import org.nhlakehouse.core.testing.Samples;
import org.nhlakehouse.local.DuckDbSqlEngine;
import org.nhlakehouse.localrun.LocalLakehouse;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A warehouse built by the real pipeline from the real CMS samples ({@code samples/cms}), once per test JVM, and
 * handed to the dashboard as {@code lakehouse.warehouse}. Also reads the published facility-quarters export, the
 * reference every number on the pages is checked against.
 */
public final class SampleWarehouse implements QuarkusTestResourceLifecycleManager {

    private static Path directory;

    /** The warehouse, built on first use. */
    public static synchronized Path directory() {
        if (directory == null) {
            try {
                Path dir = Files.createTempDirectory("dashboard-samples-");
                try (LocalLakehouse lakehouse = LocalLakehouse.open(dir)) {
                    lakehouse.ingest(Samples.folder());
                    lakehouse.run("sample-run", PipelineListener.NONE);
                }
                directory = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return directory;
    }

    @Override
    public Map<String, String> start() {
        return Map.of("lakehouse.warehouse", directory().toString());
    }

    @Override
    public void stop() {
        // The warehouse is reused by every test class of the JVM; the OS cleans the temporary folder.
    }

    /** Rows of a published Gold relation (e.g. {@code gold/rpt_facility_quarters}), read straight from its Parquet. */
    public static List<Map<String, Object>> published(String relation, String where, Object... parameters) {
        Path file = directory().resolve("objects/gold-published/" + relation + ".parquet");
        try (DuckDbSqlEngine engine = DuckDbSqlEngine.inMemory()) {
            return engine.query("select * from read_parquet('" + file + "')" + (where.isEmpty() ? ""
                    : " where "
                            + where),
                    parameters).asMaps();
        }
    }

    /** The facility-quarters export ({@code gold.rpt_facility_quarters}) for one quarter. */
    public static List<Map<String, Object>> facilityQuarters(String quarter) {
        return published("gold/rpt_facility_quarters", "quarter = ?", quarter);
    }
}
