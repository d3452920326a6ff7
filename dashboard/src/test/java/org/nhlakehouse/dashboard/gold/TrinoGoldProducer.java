package org.nhlakehouse.dashboard.gold;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.nhlakehouse.core.pipeline.RunReport;
import org.nhlakehouse.core.sql.WarehouseNames;
import org.nhlakehouse.core.testing.Samples;
import org.nhlakehouse.statemachine.Execution;
import org.nhlakehouse.trino.TrinoSqlEngine;
import org.nhlakehouse.trino.testing.TrinoLakehouse;

/**
 * The dashboard's Athena mode, rehearsed on the real Trino test server: Gold is what the pipeline's Athena form writes
 * there (Iceberg tables in {@code nhl_gold}, run records in {@code nhl_ops}), and the dashboard reads it through
 * {@link AthenaGold}, its data-version probe included, in the Athena dialect. Only the {@code OnTrino} test profile
 * selects it. The input is the samples the DuckDB tests use ({@code samples/cms}), or the folder named by the system
 * property {@value TrinoLakehouse#BENCH_INPUT_PROPERTY} (e.g. a quarter from {@code ./lakehouse generate}, for the scan
 * benchmark).
 */
@Alternative
public class TrinoGoldProducer {

    public static final WarehouseNames NAMES = WarehouseNames.prefixed("nhl");
    private static RunReport built;

    @Produces
    @Singleton
    GoldSource goldSource() {
        TrinoLakehouse trino = TrinoLakehouse.shared();
        build(trino);
        TrinoSqlEngine engine = new TrinoSqlEngine(trino.settings());
        return new AthenaGold(engine, engine, NAMES, Duration.ofMinutes(1), Clock.systemUTC());
    }

    void close(@Disposes GoldSource source) {
        source.close();
    }

    /** The run that built Gold on the server, once per test JVM (every Quarkus restart reuses it). */
    public static synchronized RunReport build(TrinoLakehouse trino) {
        if (built == null) {
            String folder = System.getProperty(TrinoLakehouse.BENCH_INPUT_PROPERTY, "");
            Path input = folder.isBlank() ? Samples.folder() : Path.of(folder);
            try {
                Execution execution = trino.runPipeline(trino.warehouse(NAMES), input, "dashboard-on-trino");
                if (!execution.succeeded()) {
                    throw new IllegalStateException("The pipeline failed on Trino: " + execution.report());
                }
                built = RunReport.fromExecutionOutput(execution.name(), execution.output(), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return built;
    }
}
