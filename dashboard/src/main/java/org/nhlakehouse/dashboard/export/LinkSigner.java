package org.nhlakehouse.dashboard.export;

import java.time.Duration;

/** A time-limited download link for a stored export (an S3 presigned GET). */
@FunctionalInterface
public interface LinkSigner {
    String link(String key, String fileName, Duration ttl);
}
