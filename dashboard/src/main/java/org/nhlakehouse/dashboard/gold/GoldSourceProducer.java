package org.nhlakehouse.dashboard.gold;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.nhlakehouse.dashboard.config.DashboardConfig;

/**
 * Opens the configured {@link GoldSource}. Each engine is opened by its own class, so that a package without one
 * engine's library (the Lambda package has no DuckDB) never loads that class.
 */
public class GoldSourceProducer {

    @Produces
    @Singleton
    GoldSource goldSource(DashboardConfig config) {
        return switch (config.engine()) {
            case LOCAL -> LocalGold.open(config);
            case ATHENA -> AthenaGold.open(config);
        };
    }

    void close(@Disposes GoldSource source) {
        source.close();
    }

    /** Indirection that keeps DuckDB classes out of the producer's signature and bytecode verification. */
    static final class LocalGold {
        private LocalGold() {
        }

        static GoldSource open(DashboardConfig config) {
            try {
                Class.forName("org.nhlakehouse.local.DuckDbSqlEngine", false, LocalGold.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("lakehouse.engine=local needs DuckDB, which this package (the Lambda "
                        + "one) does not carry; use lakehouse.engine=athena");
            }
            return PublishedParquetGold.open(config.warehouse());
        }
    }
}
