package org.nhlakehouse.core.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nhlakehouse.core.landing.FileLander;
import org.nhlakehouse.core.landing.LandingOutcome;
import org.nhlakehouse.core.storage.ObjectInfo;

/**
 * Lands every raw file under {@code bronze/} that the file log does not know yet (by key and ETag), records each
 * outcome, and makes landed files visible to the engine. A file version is landed once; a refused one is not retried
 * until it changes.
 */
public final class Landing {

    private final Warehouse warehouse;
    private final FileLander lander;
    private final FileLog fileLog;
    private final Clock clock;

    public Landing(Warehouse warehouse, FileLander lander, FileLog fileLog, Clock clock) {
        this.warehouse = warehouse;
        this.lander = lander;
        this.fileLog = fileLog;
        this.clock = clock;
    }

    /** Lands the new raw files, in key order. */
    public List<LandingOutcome> landNew(String runId, PipelineListener listener) {
        Map<String, FileLog.Entry> known = fileLog.entries();
        List<ObjectInfo> raw;
        try (var objects = warehouse.store().list("bronze/")) {
            raw = objects.toList();
        }
        List<LandingOutcome> outcomes = new ArrayList<>();
        for (ObjectInfo object : raw) {
            if (known.containsKey(FileLander.fileId(object.key(), object.etag()))) {
                continue;
            }
            outcomes.add(land(object.key(), runId, listener));
        }
        return outcomes;
    }

    /** Lands one raw file, records it, and registers its Bronze rows. */
    public LandingOutcome land(String key, String runId, PipelineListener listener) {
        long started = System.nanoTime();
        LandingOutcome outcome;
        try {
            outcome = lander.land(key);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + key + " from " + warehouse.store().describe(), e);
        }
        fileLog.record(outcome, runId, clock.instant());
        if (outcome instanceof LandingOutcome.Landed landed) {
            warehouse.registerBronzeFile(landed.file().dataset(), landed.file().fileId());
        }
        listener.landed(outcome, (System.nanoTime() - started) / 1_000_000);
        return outcome;
    }
}
