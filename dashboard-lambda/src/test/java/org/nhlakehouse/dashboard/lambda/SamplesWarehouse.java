package org.nhlakehouse.dashboard.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.nhlakehouse.core.pipeline.PipelineListener;
import org.nhlakehouse.core.testing.Samples;
import org.nhlakehouse.localrun.LocalLakehouse;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Gold published from the real CMS samples by the real pipeline, for the Lambda to read. */
public final class SamplesWarehouse implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("dashboard-lambda-");
            try (LocalLakehouse lakehouse = LocalLakehouse.open(dir)) {
                lakehouse.ingest(Samples.folder());
                lakehouse.run("lambda-test-run", PipelineListener.NONE);
            }
            return Map.of("lakehouse.warehouse", dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // temporary folder
    }
}
