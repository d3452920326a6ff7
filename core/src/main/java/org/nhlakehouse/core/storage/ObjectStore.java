package org.nhlakehouse.core.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where files live: Amazon S3 on AWS, a local folder in local mode. Keys are '/'-separated and follow
 * {@link ObjectKeys}. Writes are atomic: a reader sees the whole object or none of it.
 */
public interface ObjectStore {

    /** A human-readable location, e.g. {@code s3://my-bucket} or {@code /home/me/warehouse/objects}. */
    String describe();

    /**
     * The URI of a key (or of a key prefix ending in '/') as SQL engines address it: {@code s3://bucket/key} on S3, an
     * absolute file path locally.
     */
    String uri(String key);

    Optional<ObjectInfo> head(String key);

    /** Every object whose key starts with {@code prefix}, in key order. */
    Stream<ObjectInfo> list(String prefix);

    /** Opens an object for reading. */
    InputStream open(String key) throws IOException;

    /** Writes an object from a local file, replacing any object with that key. */
    ObjectInfo put(String key, Path source, Map<String, String> metadata) throws IOException;

    /** Writes an object from a stream of unknown length, replacing any object with that key. */
    ObjectInfo put(String key, InputStream content, Map<String, String> metadata) throws IOException;

    /**
     * Writes an object only when no object has that key (S3 {@code If-None-Match: *}); the building block of leases.
     *
     * @return true when this call created the object
     */
    boolean putIfAbsent(String key, byte[] content, Map<String, String> metadata) throws IOException;

    /** Deletes an object; deleting a missing object is not an error. */
    void delete(String key) throws IOException;

    default boolean exists(String key) {
        return head(key).isPresent();
    }

    default byte[] readAllBytes(String key) throws IOException {
        try (InputStream in = open(key)) {
            return in.readAllBytes();
        }
    }

    default ObjectInfo putBytes(String key, byte[] content, Map<String, String> metadata) throws IOException {
        return put(key, new java.io.ByteArrayInputStream(content), metadata);
    }
}
