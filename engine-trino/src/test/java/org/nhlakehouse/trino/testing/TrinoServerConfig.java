package org.nhlakehouse.trino.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The {@code etc/} directory of a single-node, loopback-only test server with two catalogs over one local folder:
 *
 * <ul>
 * <li>{@code iceberg}: Silver and Gold tables (Athena's Iceberg tables), Parquet files;
 * <li>{@code hive}: Bronze raw-text external tables (Athena's Hive tables over landed files).
 * </ul>
 *
 * Both catalogs share one file metastore, as Athena's Iceberg and Hive tables share the Glue catalog, and table
 * redirection lets a query in either catalog name the other's tables as {@code schema.table}, the way one Athena query
 * reads both kinds.
 *
 * @param etcDir where the files are written
 * @param pluginDir the distribution's (pruned) {@code plugin/} folder
 * @param dataRoot the folder that {@code local:///} names in both catalogs
 * @param port the HTTP port, on 127.0.0.1
 */
public record TrinoServerConfig(Path etcDir, Path pluginDir, Path dataRoot, int port) {

    /** The metastore folder, as the catalogs name it: schemas and their tables live under it. */
    public static final String METASTORE_LOCATION = "local:///metastore";

    /**
     * JVM options, as {@code etc/jvm.config} of Trino's deployment guide recommends, with a heap sized for a test
     * machine. The launcher that the distribution ships adds {@code --add-modules=jdk.incubator.vector}; so do we.
     */
    static final List<String> JVM_OPTIONS = List.of(
            "-server",
            "-Xmx2G",
            "-XX:+UseG1GC",
            "-XX:G1HeapRegionSize=32M",
            "-XX:+ExplicitGCInvokesConcurrent",
            "-XX:+ExitOnOutOfMemoryError",
            "-XX:-OmitStackTraceInFastThrow",
            "-XX:ReservedCodeCacheSize=256M",
            "-XX:PerMethodRecompilationCutoff=10000",
            "-XX:PerBytecodeRecompilationCutoff=10000",
            "-XX:+EnableDynamicAgentLoading",
            "-XX:+UnlockDiagnosticVMOptions",
            "-XX:G1NumCollectionsKeepPinned=10000000",
            "-Djdk.attach.allowAttachSelf=true",
            "-Djdk.nio.maxCachedBufferSize=2000000",
            "-Dfile.encoding=UTF-8",
            "--add-modules=jdk.incubator.vector",
            "--enable-native-access=ALL-UNNAMED");

    public Path configFile() {
        return etcDir.resolve("config.properties");
    }

    public Path logLevelsFile() {
        return etcDir.resolve("log.properties");
    }

    public Path jvmConfigFile() {
        return etcDir.resolve("jvm.config");
    }

    /** Writes {@code etc/} and creates the data root; returns the node properties the JVM takes as system properties. */
    public Map<String, String> write() throws IOException {
        Files.createDirectories(etcDir.resolve("catalog"));
        Files.createDirectories(dataRoot.resolve("metastore"));

        Files.writeString(jvmConfigFile(), String.join("\n", JVM_OPTIONS) + "\n");
        writeProperties(configFile(), serverProperties());
        writeProperties(logLevelsFile(), Map.of("io.trino", "INFO"));
        writeProperties(etcDir.resolve("catalog/iceberg.properties"), icebergCatalog());
        writeProperties(etcDir.resolve("catalog/hive.properties"), hiveCatalog());
        return nodeProperties();
    }

    Map<String, String> serverProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("coordinator", "true");
        properties.put("node-scheduler.include-coordinator", "true");
        properties.put("http-server.http.port", Integer.toString(port));
        properties.put("discovery.uri", "http://127.0.0.1:" + port);
        properties.put("http-server.log.enabled", "false");
        properties.put("query.max-memory", "1GB");
        properties.put("query.max-memory-per-node", "1GB");
        properties.put("catalog.config-dir", etcDir.resolve("catalog").toString());
        properties.put("plugin.dir", pluginDir.toString());
        // One writer per statement, as Athena writes, so that iceberg.max-partitions-per-writer caps a statement (Athena:
        // at most 100 partitions per INSERT, CTAS or MERGE) rather than each of several writers.
        properties.put("scale-writers", "false");
        properties.put("task.scale-writers.enabled", "false");
        properties.put("task.min-writer-count", "1");
        properties.put("task.max-writer-count", "1");
        // Keep every query's statistics for the test JVM's life: AthenaScanBenchmark reads a whole run's (default: 100).
        properties.put("query.max-history", "10000");
        properties.put("query.min-expire-age", "2h");
        return properties;
    }

    Map<String, String> nodeProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("node.environment", "nhlakehouse_test");
        properties.put("node.id", UUID.randomUUID().toString());
        properties.put("node.bind-ip", "127.0.0.1");
        properties.put("node.internal-address", "127.0.0.1");
        return properties;
    }

    Map<String, String> icebergCatalog() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("connector.name", "iceberg");
        properties.put("iceberg.catalog.type", "testing_file_metastore");
        properties.put("hive.metastore.catalog.dir", METASTORE_LOCATION);
        properties.put("iceberg.file-format", "PARQUET");
        properties.put("iceberg.max-partitions-per-writer", "100");
        // A name in this catalog that is a Hive table is served by the hive catalog.
        properties.put("iceberg.hive-catalog-name", "hive");
        properties.putAll(localFileSystem());
        return properties;
    }

    Map<String, String> hiveCatalog() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("connector.name", "hive");
        properties.put("hive.metastore", "file");
        properties.put("hive.metastore.catalog.dir", METASTORE_LOCATION);
        // A name in this catalog that is an Iceberg table is served by the iceberg catalog.
        properties.put("hive.iceberg-catalog-name", "iceberg");
        // Bronze registers each landed file's partition (Athena: ALTER TABLE ADD PARTITION).
        properties.put("hive.allow-register-partition-procedure", "true");
        // The line limit every engine reads Bronze rows with (FileLander.MAX_BRONZE_ROW_BYTES; DuckDB max_line_size).
        properties.put("hive.text.max-line-length", "2MB");
        properties.putAll(localFileSystem());
        return properties;
    }

    private Map<String, String> localFileSystem() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("fs.native-local.enabled", "true");
        properties.put("local.location", dataRoot.toString());
        return properties;
    }

    private static void writeProperties(Path file, Map<String, String> properties) throws IOException {
        Files.writeString(file, properties.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n", "", "\n")));
    }
}
