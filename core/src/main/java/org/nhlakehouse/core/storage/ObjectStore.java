package org.nhlakehouse.core.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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

    /**
     * Opens a stream that writes an object of unknown length; see {@link ObjectOutput} for when it appears. The default
     * spools to a temporary file and then calls {@link #put(String, Path, Map)}; stores that can stream (local files,
     * S3 multipart uploads) override it.
     */
    default ObjectOutput create(String key, Map<String, String> metadata) throws IOException {
        ObjectKeys.requireSafe(key);
        Path spool = java.nio.file.Files.createTempFile("object-", ".spool");
        OutputStream out = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(spool), 1 << 16);
        return new ObjectOutput() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
            }

            @Override
            protected ObjectInfo doCommit() throws IOException {
                try {
                    out.close();
                    return put(key, spool, metadata);
                } finally {
                    java.nio.file.Files.deleteIfExists(spool);
                }
            }

            @Override
            protected void doDiscard() throws IOException {
                out.close();
                java.nio.file.Files.deleteIfExists(spool);
            }
        };
    }

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
