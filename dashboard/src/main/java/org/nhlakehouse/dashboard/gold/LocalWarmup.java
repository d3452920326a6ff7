package org.nhlakehouse.dashboard.gold;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.nhlakehouse.dashboard.config.DashboardConfig;
import org.nhlakehouse.dashboard.query.Loaded;
import org.nhlakehouse.dashboard.search.FacilitySearch;

import io.quarkus.runtime.StartupEvent;

/**
 * Local mode: while the HTTP server comes up, open DuckDB, create the views over the published Parquet and read what
 * every page needs (quarters, provenance) and build the search index, so that the first page does not pay for it. On Athena
 * this would cost
 * queries on every cold start, so it does not run there.
 */
@Singleton
public class LocalWarmup {

    private static final Logger LOG = Logger.getLogger(LocalWarmup.class);

    void onStart(@Observes StartupEvent event, DashboardConfig config, Loaded loaded, FacilitySearch search) {
        if (config.engine() != DashboardConfig.Engine.LOCAL) {
            return;
        }
        Thread.ofVirtual().name("gold-warmup").start(() -> {
            try {
                loaded.quarters();
                loaded.provenance();
                search.warm();
            } catch (NoPublishedGoldException e) {
                LOG.warn(e.getMessage());
            } catch (RuntimeException e) {
                LOG.warnf("Warm-up failed (pages will retry): %s", e.getMessage());
            }
        });
    }
}
