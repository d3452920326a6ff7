package org.nhlakehouse.trino.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrinoServerConfigTest {

    @TempDir
    Path temp;

    @Test
    void write_configuresASingleLoopbackNode_withIcebergAndHiveOverOneMetastore() throws IOException {
        Path data = temp.resolve("data");
        TrinoServerConfig config = new TrinoServerConfig(temp.resolve("etc"), temp.resolve("plugin"), data, 18080);

        Map<String, String> node = config.write();

        assertThat(node).containsEntry("node.bind-ip", "127.0.0.1").containsEntry("node.internal-address", "127.0.0.1");
        assertThat(load(config.configFile())).containsEntry("coordinator", "true")
                .containsEntry("node-scheduler.include-coordinator", "true")
                .containsEntry("http-server.http.port", "18080")
                .containsEntry("discovery.uri", "http://127.0.0.1:18080")
                .as("one writer per statement, as on Athena").containsEntry("scale-writers", "false")
                .containsEntry("task.scale-writers.enabled", "false").containsEntry("task.min-writer-count", "1")
                .containsEntry("task.max-writer-count", "1");
        Properties iceberg = load(temp.resolve("etc/catalog/iceberg.properties"));
        Properties hive = load(temp.resolve("etc/catalog/hive.properties"));
        assertThat(iceberg).containsEntry("connector.name", "iceberg")
                .containsEntry("iceberg.catalog.type", "testing_file_metastore")
                .containsEntry("iceberg.hive-catalog-name", "hive")
                .containsEntry("iceberg.max-partitions-per-writer", "100")
                .containsEntry("local.location", data.toString());
        assertThat(hive).containsEntry("connector.name", "hive")
                .containsEntry("hive.metastore", "file")
                .containsEntry("hive.iceberg-catalog-name", "iceberg")
                .containsEntry("hive.allow-register-partition-procedure", "true")
                .containsEntry("local.location", data.toString());
        assertThat(hive.get("hive.metastore.catalog.dir")).isEqualTo(iceberg.get("hive.metastore.catalog.dir"));
        assertThat(Files.readAllLines(config.jvmConfigFile())).contains("-Xmx2G");
        assertThat(data.resolve("metastore")).isDirectory();
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }
}
