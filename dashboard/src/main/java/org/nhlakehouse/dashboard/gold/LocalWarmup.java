package org.nhlakehouse.dashboard.gold;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.nhlakehouse.dashboard.config.DashboardConfig;
import org.nhlakehouse.dashboard.metrics.Definitions;
import org.nhlakehouse.dashboard.query.Loaded;
import org.nhlakehouse.dashboard.search.FacilitySearch;

import io.quarkus.runtime.StartupEvent;

/**
 * Local mode: while the HTTP server comes up, open DuckDB, create the views over the published Parquet, read what every
 * page needs (quarters, provenance, the measures' definitions) and build the search index, so that the first page does
 * not pay for it. On Athena this would cost queries on every cold start, so it does not run there.
 * <p>
 * The beans that open DuckDB are looked up on the warm-up thread, not injected into the observer: an injected bean is
 * created on the main thread before the HTTP server starts, which made the server wait for DuckDB to load its native
 * library and open the warehouse (0.5-0.9 s of every start). A request that comes before the warm-up is done waits for
 * the same beans.
 */
@Singleton
public class LocalWarmup {

    private static final Logger LOG = Logger.getLogger(LocalWarmup.class);

    void onStart(@Observes StartupEvent event, DashboardConfig config, Instance<Loaded> loaded,
            Instance<FacilitySearch> search) {
        if (config.engine() != DashboardConfig.Engine.LOCAL) {
            return;
        }
        Thread.ofVirtual().name("gold-warmup").start(() -> {
            try {
                loaded.get().quarters();
                loaded.get().provenance();
                // Every page's measure definitions: parsed from the SQL catalog's YAML when first used.
                Definitions.definition("");
                search.get().warm();
            } catch (NoPublishedGoldException e) {
                LOG.warn(e.getMessage());
            } catch (RuntimeException e) {
                LOG.warnf("Warm-up failed (pages will retry): %s", e.getMessage());
            }
        });
    }
}
