package org.nhlakehouse.core.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
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

    /** The raw files under {@code bronze/} whose version is not landed yet, in key order. */
    public List<String> newKeys() {
        return unlanded().stream().map(ObjectInfo::key).toList();
    }

    /**
     * The raw files under {@code bronze/} whose version the file log does not know yet, or knows only as found by a
     * sweep (never landed), in key order.
     */
    public List<ObjectInfo> unlanded() {
        Map<String, FileLog.Entry> known = fileLog.entries();
        try (var objects = warehouse.store().list("bronze/")) {
            return objects.filter(o -> {
                FileLog.Entry entry = known.get(FileLander.fileId(o.key(), o.etag()));
                return entry == null || entry.isFound();
            }).toList();
        }
    }

    /** Lands one raw file, records it, and registers its Bronze rows. */
    public LandingOutcome land(String key, String runId) {
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
        return outcome;
    }
}
