package org.nhlakehouse.core.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.nhlakehouse.core.storage.NoSuchObjectException;
import org.nhlakehouse.core.storage.ObjectInfo;
import org.nhlakehouse.core.storage.ObjectKeys;
import org.nhlakehouse.core.storage.ObjectStore;

/** An object store in memory, for unit tests of code that reads and writes objects. */
public final class InMemoryObjectStore implements ObjectStore {

    private record Entry(byte[] content, ObjectInfo info) {
    }

    private final ConcurrentSkipListMap<String, Entry> objects = new ConcurrentSkipListMap<>();
    private final Clock clock;

    public InMemoryObjectStore() {
        this(Clock.systemUTC());
    }

    public InMemoryObjectStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String describe() {
        return "memory";
    }

    @Override
    public String uri(String key) {
        return "memory://" + key;
    }

    @Override
    public Optional<ObjectInfo> head(String key) {
        Entry entry = objects.get(ObjectKeys.requireSafe(strip(key)));
        return entry == null ? Optional.empty() : Optional.of(entry.info());
    }

    @Override
    public Stream<ObjectInfo> list(String prefix) {
        return objects.tailMap(prefix).entrySet().stream().takeWhile(e -> e.getKey().startsWith(prefix))
                .map(e -> e.getValue().info());
    }

    @Override
    public InputStream open(String key) throws IOException {
        Entry entry = objects.get(ObjectKeys.requireSafe(key));
        if (entry == null) {
            throw new NoSuchObjectException(describe(), key);
        }
        return new ByteArrayInputStream(entry.content());
    }

    @Override
    public ObjectInfo put(String key, Path source, Map<String, String> metadata) throws IOException {
        return store(key, Files.readAllBytes(source), metadata);
    }

    @Override
    public ObjectInfo put(String key, InputStream content, Map<String, String> metadata) throws IOException {
        return store(key, content.readAllBytes(), metadata);
    }

    @Override
    public synchronized boolean putIfAbsent(String key, byte[] content, Map<String, String> metadata) {
        if (objects.containsKey(ObjectKeys.requireSafe(key))) {
            return false;
        }
        store(key, content, metadata);
        return true;
    }

    @Override
    public void delete(String key) {
        objects.remove(ObjectKeys.requireSafe(key));
    }

    /** Writes an object with a given modification time (e.g. to order file versions in a test). */
    public ObjectInfo putWithTime(String key, byte[] content, Instant lastModified, Map<String, String> metadata) {
        return store(key, content, metadata, lastModified);
    }

    private ObjectInfo store(String key, byte[] content, Map<String, String> metadata) {
        return store(key, content, metadata, clock.instant());
    }

    private ObjectInfo store(String key, byte[] content, Map<String, String> metadata, Instant time) {
        ObjectKeys.requireSafe(key);
        Map<String, String> lower = metadata.entrySet().stream().collect(Collectors
                .toMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> b, TreeMap::new));
        ObjectInfo info = new ObjectInfo(key, content.length, time, md5(content), lower);
        objects.put(key, new Entry(content.clone(), info));
        return info;
    }

    private static String strip(String key) {
        return key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
    }

    private static String md5(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
