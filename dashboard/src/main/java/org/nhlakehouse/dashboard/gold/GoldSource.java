package org.nhlakehouse.dashboard.gold;

import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.sql.WarehouseNames;

/**
 * Where the dashboard reads Gold: the engine, the schema names, and a version that changes whenever a pipeline run
 * has published new Gold (the cache's signal to forget everything).
 */
public interface GoldSource extends AutoCloseable {

    SqlEngine engine();

    WarehouseNames names();

    /**
     * The current data version; cheap enough to call on every request.
     *
     * @throws NoPublishedGoldException when there is no Gold to read yet
     */
    DataVersion version();

    /** Where the data is, for the data-health page and error messages. */
    String describe();

    @Override
    void close();
}
