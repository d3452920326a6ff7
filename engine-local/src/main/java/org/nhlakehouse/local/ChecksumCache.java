package org.nhlakehouse.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The MD5 of input files already hashed, kept in the warehouse folder so that a run does not read every file of its
 * input folder again (a national quarter is 230 MB). As git's index does, an entry is trusted only while the file's
 * stat data is exactly as when it was hashed: path, size, modification time, status-change time and file key (device
 * and inode). Writing to a file changes its status-change time even when its size and modification time are put back,
 * so a changed file is always hashed again. A file changed within {@link #RACY} of being hashed could keep every one
 * of those values (file systems stamp times with a coarse clock): such a "racily clean" entry is not kept.
 *
 * <p>
 * Losing the file costs only the hashing; a cache that cannot be read is ignored.
 */
public final class ChecksumCache {

    public static final String FILE = "source-checksums.json";
    static final Duration RACY = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the file looked like when hashed, and its MD5. */
    record Entry(long size, String modified, String changed, String fileKey, String md5) {
    }

    private final Path file;
    private final Clock clock;
    private final Map<String, Entry> entries;
    private boolean dirty;

    private ChecksumCache(Path file, Clock clock, Map<String, Entry> entries) {
        this.file = file;
        this.clock = clock;
        this.entries = entries;
    }

    /** The cache kept in a warehouse folder (empty if it has none yet, or if it cannot be read). */
    public static ChecksumCache in(Path warehouseFolder, Clock clock) {
        Path file = warehouseFolder.resolve(FILE);
        Map<String, Entry> entries = new TreeMap<>();
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                entries.putAll(JSON.readValue(file.toFile(), new TypeReference<Map<String, Entry>>() {
                }));
            } catch (IOException e) {
                entries.clear();
            }
        }
        return new ChecksumCache(file, clock, entries);
    }

    /** A cache kept nowhere: every file is hashed at every listing, as without a cache. */
    public static ChecksumCache none() {
        return new ChecksumCache(null, Clock.systemUTC(), new TreeMap<>());
    }

    /** The file's MD5, from the cache when its stat data is unchanged, else by reading it (and then remembered). */
    String md5(Path regularFile, Md5 hasher) throws IOException {
        String key = regularFile.toAbsolutePath().normalize().toString();
        Instant started = clock.instant();
        Entry now = entry(regularFile, "");
        if (now.changed().isEmpty()) {
            return hasher.of(regularFile); // without a status-change time, a rewrite could go unseen: no cache
        }
        Entry known = entries.get(key);
        if (known != null && known.equals(new Entry(now.size(), now.modified(), now.changed(), now.fileKey(),
                known.md5()))) {
            return known.md5();
        }
        String md5 = hasher.of(regularFile);
        Entry after = entry(regularFile, md5);
        boolean stable = after.equals(new Entry(now.size(), now.modified(), now.changed(), now.fileKey(), md5));
        if (file != null && stable && !racy(regularFile, started)) {
            entries.put(key, after);
            dirty = true;
        } else if (entries.remove(key) != null) {
            dirty = true;
        }
        return md5;
    }

    /** Keeps the cache in the warehouse folder, written aside and renamed into place. */
    public void save() {
        if (file == null || !dirty) {
            return;
        }
        try {
            Path temp = file.resolveSibling(".tmp-" + FILE);
            JSON.writeValue(temp.toFile(), entries);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            dirty = false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    @FunctionalInterface
    interface Md5 {
        String of(Path file) throws IOException;
    }

    private static boolean racy(Path file, Instant hashingStarted) throws IOException {
        Instant limit = hashingStarted.minus(RACY);
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return !attributes.lastModifiedTime().toInstant().isBefore(limit)
                || changedTime(file).map(changed -> !changed.isBefore(limit)).orElse(false);
    }

    private static Entry entry(Path file, String md5) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return new Entry(attributes.size(), attributes.lastModifiedTime().toInstant().toString(),
                changedTime(file).map(Instant::toString).orElse(""), String.valueOf(attributes.fileKey()), md5);
    }

    /** The status-change time (ctime) where the platform gives it (Linux, macOS). */
    private static Optional<Instant> changedTime(Path file) throws IOException {
        try {
            Object ctime = Files.getAttribute(file, "unix:ctime", LinkOption.NOFOLLOW_LINKS);
            return Optional.of(((java.nio.file.attribute.FileTime) ctime).toInstant());
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
