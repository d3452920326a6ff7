package org.nhlakehouse.core.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
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

    /** What went wrong landing a file, in words that say what to do: a full disk is not a file that cannot be read. */
    static String failureMessage(String key, String store, IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String text = cause instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : String.valueOf(cause.getMessage());
            if (text.contains("No space left on device") || text.contains("not enough space on the disk")
                    || text.contains("Disk quota exceeded")) {
                return "The disk is full: cannot write the Bronze rows of " + key + " to " + store + " (" + text
                        + "). Free some space and run again; the file will be landed then.";
            }
        }
        return "Cannot land " + key + " (" + store + "): " + e.getMessage();
    }

    /**
     * Lands one raw file, registers its Bronze rows, and then records it. The record comes last: a registration that
     * fails (two files of a dataset landing at once re-point DuckDB's Bronze view together, a write-write conflict
     * the state machine retries) leaves no file-log row, so the retry lands the file again instead of finding it
     * known with its rows unregistered.
     */
    public LandingOutcome land(String key, String runId) {
        LandingOutcome outcome;
        try {
            outcome = lander.land(key);
        } catch (IOException e) {
            throw new UncheckedIOException(failureMessage(key, warehouse.store().describe(), e), e);
        }
        if (outcome instanceof LandingOutcome.Landed landed) {
            warehouse.registerBronzeFile(landed.file().dataset(), landed.file().fileId());
        }
        fileLog.record(outcome, runId, clock.instant());
        return outcome;
    }
}
