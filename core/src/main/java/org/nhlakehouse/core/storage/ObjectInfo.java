package org.nhlakehouse.core.storage;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What an object store knows about one object.
 *
 * @param key the object's key, '/'-separated, without a leading '/'
 * @param size bytes
 * @param lastModified when the object was written
 * @param etag the store's version tag (S3's ETag without quotes; a content hash for local files)
 * @param metadata user metadata written with the object (S3 {@code x-amz-meta-*}), keys in lower case
 */
public record ObjectInfo(String key, long size, Instant lastModified, String etag, Map<String, String> metadata) {
    public ObjectInfo {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(etag, "etag");
        metadata = Map.copyOf(metadata);
    }
}
