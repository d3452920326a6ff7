package org.nhlakehouse.dashboard.trino;

import java.util.Map;

import org.nhlakehouse.dashboard.gold.TrinoGoldProducer;
import org.nhlakehouse.trino.testing.TrinoLakehouse;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Builds Gold on the Trino test server before the application starts: the dashboard opens its Gold source on the first
 * request, which must not wait minutes for the pipeline.
 */
public class TrinoGoldResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        TrinoGoldProducer.build(TrinoLakehouse.shared());
        return Map.of();
    }

    @Override
    public void stop() {
        // The server and its Gold serve every test class of the JVM; a shutdown hook stops the server.
    }
}
