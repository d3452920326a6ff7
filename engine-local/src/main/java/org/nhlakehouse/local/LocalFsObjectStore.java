package org.nhlakehouse.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

import org.nhlakehouse.core.storage.NoSuchObjectException;
import org.nhlakehouse.core.storage.ObjectInfo;
import org.nhlakehouse.core.storage.ObjectKeys;
import org.nhlakehouse.core.storage.ObjectOutput;
import org.nhlakehouse.core.storage.ObjectStore;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A local folder standing in for an S3 bucket. Objects are plain files under the root, so DuckDB reads them directly.
 *
 * <p>
 * Writes go to a temporary file beside the target and are renamed into place, so readers never see half an object.
 * The ETag (a CRC-32C of the content plus its size: a cheap, hardware-accelerated version tag) and user metadata are
 * kept in a sidecar under
 * {@value #META_DIR}/, which listings leave out.
 */
public final class LocalFsObjectStore implements ObjectStore {

    static final String META_DIR = ".objectmeta";
    private static final String TEMP_PREFIX = ".tmp-";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;

    public LocalFsObjectStore(Path root) {
        try {
            this.root = Files.createDirectories(root).toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the object store folder " + root, e);
        }
    }

    public Path root() {
        return root;
    }

    /** The local file behind a key; for engines that read files directly. */
    public Path pathOf(String key) {
        Path path = root.resolve(ObjectKeys.requireSafe(stripTrailingSlash(key))).normalize();
        if (!path.startsWith(root) || path.startsWith(root.resolve(META_DIR))) {
            throw new IllegalArgumentException("Key escapes the object store: " + key);
        }
        return path;
    }

    @Override
    public String describe() {
        return root.toString();
    }

    @Override
    public String uri(String key) {
        String path = pathOf(key).toString();
        return key.endsWith("/") ? path + "/" : path;
    }

    @Override
    public Optional<ObjectInfo> head(String key) {
        Path path = pathOf(key);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(info(key, path));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Stream<ObjectInfo> list(String prefix) {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        TreeMap<String, Path> keys = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String key = root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                if (key.startsWith(prefix) && !key.startsWith(META_DIR + "/")
                        && !file.getFileName().toString().startsWith(TEMP_PREFIX)) {
                    keys.put(key, file);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
        return keys.entrySet().stream().map(entry -> {
            try {
                return info(entry.getKey(), entry.getValue());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public InputStream open(String key) throws IOException {
        Path path = pathOf(key);
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new NoSuchObjectException(describe(), key);
        }
    }

    @Override
    public ObjectInfo put(String key, Path source, Map<String, String> metadata) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return put(key, in, metadata);
        }
    }

    @Override
    public ObjectInfo put(String key, InputStream content, Map<String, String> metadata) throws IOException {
        Path target = pathOf(key);
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling(TEMP_PREFIX + UUID.randomUUID());
        try {
            String etag = writeWithDigest(content, temp);
            writeSidecar(key, etag, metadata);
            moveIntoPlace(temp, target);
            return info(key, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Streams straight into a temporary file beside the target, renamed into place on commit. */
    @Override
    public ObjectOutput create(String key, Map<String, String> metadata) throws IOException {
        Path target = pathOf(key);
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling(TEMP_PREFIX + UUID.randomUUID());
        CRC32C crc = new CRC32C();
        OutputStream out = new CheckedOutputStream(Files.newOutputStream(temp), crc);
        long[] size = { 0 };
        return new ObjectOutput() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                size[0]++;
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                out.write(bytes, offset, length);
                size[0] += length;
            }

            @Override
            protected ObjectInfo doCommit() throws IOException {
                try {
                    out.close();
                    writeSidecar(key, etag(crc, size[0]), metadata);
                    moveIntoPlace(temp, target);
                    return info(key, target);
                } finally {
                    Files.deleteIfExists(temp);
                }
            }

            @Override
            protected void doDiscard() throws IOException {
                out.close();
                Files.deleteIfExists(temp);
            }
        };
    }

    @Override
    public boolean putIfAbsent(String key, byte[] content, Map<String, String> metadata) throws IOException {
        Path target = pathOf(key);
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling(TEMP_PREFIX + UUID.randomUUID());
        try {
            String etag = writeWithDigest(new java.io.ByteArrayInputStream(content), temp);
            try {
                // Creating a hard link fails atomically when the target exists: a true compare-and-set.
                Files.createLink(target, temp);
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException e) {
                try (OutputStream out = Files.newOutputStream(target, java.nio.file.StandardOpenOption.CREATE_NEW)) {
                    out.write(content);
                } catch (FileAlreadyExistsException exists) {
                    return false;
                }
            }
            writeSidecar(key, etag, metadata);
            return true;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(pathOf(key));
        Files.deleteIfExists(sidecarOf(key));
    }

    private ObjectInfo info(String key, Path path) throws IOException {
        long size = Files.size(path);
        Instant modified = Files.getLastModifiedTime(path).toInstant();
        Sidecar sidecar = readSidecar(key);
        String etag = sidecar != null && sidecar.size == size ? sidecar.etag
                : "local-" + size + "-" + modified.toEpochMilli();
        return new ObjectInfo(key, size, modified, etag, sidecar == null ? Map.of() : sidecar.metadata);
    }

    private static String writeWithDigest(InputStream content, Path temp) throws IOException {
        CRC32C crc = new CRC32C();
        long size;
        try (CheckedInputStream in = new CheckedInputStream(content, crc);
                OutputStream out = Files.newOutputStream(temp)) {
            size = in.transferTo(out);
        }
        return etag(crc, size);
    }

    private static String etag(CRC32C crc, long size) {
        return String.format("%08x-%d", crc.getValue(), size);
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path sidecarOf(String key) {
        return root.resolve(META_DIR).resolve(ObjectKeys.requireSafe(stripTrailingSlash(key)) + ".json");
    }

    private void writeSidecar(String key, String etag, Map<String, String> metadata) throws IOException {
        Path sidecar = sidecarOf(key);
        Files.createDirectories(sidecar.getParent());
        Map<String, Object> content = new TreeMap<>();
        content.put("etag", etag);
        content.put("metadata", lowerCaseKeys(metadata));
        Path temp = sidecar.resolveSibling(TEMP_PREFIX + UUID.randomUUID());
        JSON.writeValue(temp.toFile(), content);
        moveIntoPlace(temp, sidecar);
    }

    private Sidecar readSidecar(String key) {
        Path sidecar = sidecarOf(key);
        if (!Files.isRegularFile(sidecar)) {
            return null;
        }
        try {
            Map<String, Object> content = JSON.readValue(sidecar.toFile(), new TypeReference<>() {
            });
            @SuppressWarnings("unchecked")
            Map<String, String> metadata = (Map<String, String>) content.getOrDefault("metadata", Map.of());
            Path object = pathOf(key);
            // The etag is only trusted while the sidecar is not older than the object (no out-of-band rewrite).
            if (Files.getLastModifiedTime(sidecar).compareTo(Files.getLastModifiedTime(object)) < 0) {
                return new Sidecar(-1, "", metadata);
            }
            return new Sidecar(Files.size(object), (String) content.get("etag"), metadata);
        } catch (IOException e) {
            return null;
        }
    }

    private static Map<String, String> lowerCaseKeys(Map<String, String> metadata) {
        Map<String, String> lower = new TreeMap<>();
        metadata.forEach((k, v) -> lower.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return lower;
    }

    private static String stripTrailingSlash(String key) {
        return key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
    }

    private record Sidecar(long size, String etag, Map<String, String> metadata) {
    }
}
