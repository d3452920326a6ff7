package org.nhlakehouse.trino.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Trino server distribution, extracted once into a cache directory outside {@code target/} so that
 * {@code mvn clean} does not force a second 821 MB extraction.
 *
 * <p>
 * The tarball ({@code io.trino:trino-server:<version>:tar.gz}) is an ordinary Maven artifact: the {@code trino} profile
 * resolves it into the local repository and passes its path as {@value #TARBALL_PROPERTY}. It is extracted with
 * {@code tar} rather than a Java unpacker because the archive stores the plugins' shared jars as hard links. Then
 * {@code plugin/} is pruned to the connectors the tests use, which also keeps the server's start fast.
 */
public final class TrinoServerDistribution {

    /** Path of the server tarball; the {@code trino} Maven profile sets it. */
    public static final String TARBALL_PROPERTY = "nhlakehouse.trino.server.tarball";
    /** Where the extracted server is cached; defaults to {@code ~/.cache/nh-lakehouse/trino-server-<version>}. */
    public static final String CACHE_DIR_PROPERTY = "nhlakehouse.trino.cache.dir";
    /** The Trino version the tests run (the root POM's {@code trino.version}). */
    public static final String VERSION_PROPERTY = "nhlakehouse.trino.version";
    static final String DEFAULT_VERSION = "476";

    /** The plugins the tests load: Iceberg for Silver/Gold, Hive for the Bronze raw-text tables. */
    static final Set<String> KEPT_PLUGINS = Set.of("iceberg", "hive");

    private static final String MARKER = ".nh-lakehouse-extracted";
    private static final Duration TAR_TIMEOUT = Duration.ofMinutes(10);

    private TrinoServerDistribution() {
    }

    /** The extracted server's directory (with {@code lib/} and {@code plugin/}), extracting it on first use. */
    public static Path installed() {
        String version = System.getProperty(VERSION_PROPERTY, DEFAULT_VERSION);
        Path cacheDir = Path.of(System.getProperty(CACHE_DIR_PROPERTY,
                Path.of(System.getProperty("user.home"), ".cache", "nh-lakehouse", "trino-server-" + version).toString()));
        return installed(tarball(version), cacheDir);
    }

    static Path installed(Path tarball, Path cacheDir) {
        if (Files.isRegularFile(cacheDir.resolve(MARKER))) {
            return cacheDir;
        }
        try {
            Files.createDirectories(cacheDir.getParent());
            // Builds of several worktrees may start at once: one extracts, the others wait for its marker.
            Path lockFile = cacheDir.resolveSibling(cacheDir.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                if (!Files.isRegularFile(cacheDir.resolve(MARKER))) {
                    extract(tarball, cacheDir);
                }
            }
            return cacheDir;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not extract " + tarball + " into " + cacheDir, e);
        }
    }

    private static Path tarball(String version) {
        String configured = System.getProperty(TARBALL_PROPERTY);
        Path tarball = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("maven.repo.local",
                        Path.of(System.getProperty("user.home"), ".m2", "repository").toString()))
                        .resolve("io/trino/trino-server/" + version + "/trino-server-" + version + ".tar.gz");
        if (!Files.isRegularFile(tarball)) {
            throw new IllegalStateException("No Trino server tarball at " + tarball
                    + ". Run the tests with the Maven profile that resolves it: ./mvnw -B -Ptrino -pl engine-trino -am verify");
        }
        return tarball;
    }

    private static void extract(Path tarball, Path cacheDir) throws IOException {
        long started = System.nanoTime();
        Path partial = cacheDir.resolveSibling(cacheDir.getFileName() + ".partial");
        deleteRecursively(partial);
        deleteRecursively(cacheDir);
        Files.createDirectories(partial);
        run(List.of("tar", "-xzf", tarball.toString(), "-C", partial.toString(), "--strip-components=1"));
        try (Stream<Path> plugins = Files.list(partial.resolve("plugin"))) {
            for (Path plugin : plugins.toList()) {
                if (!KEPT_PLUGINS.contains(plugin.getFileName().toString())) {
                    deleteRecursively(plugin);
                }
            }
        }
        Files.writeString(partial.resolve(MARKER), tarball + "\n");
        Files.move(partial, cacheDir, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("[trino] extracted %s into %s in %.1f s%n", tarball.getFileName(), cacheDir,
                (System.nanoTime() - started) / 1e9);
    }

    private static void run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(TAR_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command.getFirst() + " did not finish within " + TAR_TIMEOUT);
            }
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " exited with " + process.exitValue() + ": " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("Interrupted while running " + command.getFirst(), e);
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
