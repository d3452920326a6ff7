package org.nhlakehouse.trino.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extraction and pruning, on a small tarball shaped like the real one (shared jars as hard links). */
class TrinoServerDistributionTest {

    @TempDir
    Path temp;

    @Test
    void installed_extractsHardLinkedJars_andKeepsOnlyTheIcebergAndHivePlugins() throws Exception {
        Path tarball = fakeDistribution();
        Path cache = temp.resolve("cache/trino-server-476");

        Path home = TrinoServerDistribution.installed(tarball, cache);

        assertThat(home).isEqualTo(cache);
        assertThat(home.resolve("lib/trino-main.jar")).hasContent("main");
        assertThat(home.resolve("plugin/iceberg/shared.jar")).hasContent("shared");
        assertThat(home.resolve("plugin/hive/shared.jar")).hasContent("shared");
        try (var plugins = Files.list(home.resolve("plugin"))) {
            assertThat(plugins.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("iceberg", "hive");
        }
        assertThat(cache.resolveSibling("trino-server-476.partial")).doesNotExist();
    }

    @Test
    void installed_extractsOnce_andReusesTheCache() throws Exception {
        Path tarball = fakeDistribution();
        Path cache = temp.resolve("cache/trino-server-476");
        TrinoServerDistribution.installed(tarball, cache);
        Files.writeString(cache.resolve("lib/trino-main.jar"), "kept");

        TrinoServerDistribution.installed(tarball, cache);

        assertThat(cache.resolve("lib/trino-main.jar")).hasContent("kept");
    }

    @Test
    void installed_redoesAnExtractionThatWasInterrupted() throws Exception {
        Path tarball = fakeDistribution();
        Path cache = temp.resolve("cache/trino-server-476");
        Files.createDirectories(cache.resolve("lib"));
        Files.writeString(cache.resolve("lib/half-written.jar"), "x");

        TrinoServerDistribution.installed(tarball, cache);

        assertThat(cache.resolve("lib/half-written.jar")).doesNotExist();
        assertThat(cache.resolve("lib/trino-main.jar")).hasContent("main");
    }

    /** trino-server-476/{lib, plugin/{iceberg,hive,mysql}} with plugin jars hard-linked to one file, as in the real tarball. */
    private Path fakeDistribution() throws IOException, InterruptedException {
        Path source = temp.resolve("source/trino-server-476");
        Files.createDirectories(source.resolve("lib"));
        Files.writeString(source.resolve("lib/trino-main.jar"), "main");
        for (String plugin : List.of("iceberg", "hive", "mysql")) {
            Files.createDirectories(source.resolve("plugin/" + plugin));
        }
        Path shared = Files.writeString(source.resolve("plugin/iceberg/shared.jar"), "shared");
        Files.createLink(source.resolve("plugin/hive/shared.jar"), shared);
        Files.createLink(source.resolve("plugin/mysql/shared.jar"), shared);
        Path tarball = temp.resolve("trino-server-476.tar.gz");
        Process tar = new ProcessBuilder("tar", "-czf", tarball.toString(), "-C", source.getParent().toString(),
                "trino-server-476").inheritIO().start();
        assertThat(tar.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).isZero();
        return tarball;
    }
}
