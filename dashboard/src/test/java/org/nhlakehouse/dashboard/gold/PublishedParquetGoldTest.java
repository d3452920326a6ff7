package org.nhlakehouse.dashboard.gold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.dashboard.testing.SampleWarehouse;

class PublishedParquetGoldTest {

    @org.junit.jupiter.api.BeforeAll
    static void driver() {
    }

    @Test
    void withoutAPublication_saysToRunThePipelineFirst(@TempDir Path empty) {
        try (PublishedParquetGold gold = PublishedParquetGold.open(empty)) {
            assertThatThrownBy(gold::version).isInstanceOf(NoPublishedGoldException.class)
                    .hasMessageContaining("./lakehouse run");
        }
    }

    @Test
    void readsThePublishedParquet_andChangesVersionWhenTheMarkerChanges(@TempDir Path copy) throws Exception {
        // GIVEN a copy of a published warehouse
        Path source = SampleWarehouse.directory().resolve("objects");
        try (var files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = copy.resolve("objects").resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (file.toString().contains("gold-published")) {
                    Files.copy(file, target);
                }
            }
        }
        try (PublishedParquetGold gold = PublishedParquetGold.open(copy)) {
            DataVersion first = gold.version();
            long facilities = gold.engine().execute(SqlStatement.of("select count(*) from gold.dim_facility"))
                    .singleLong();
            long days = gold.engine().execute(SqlStatement.of(
                    "select count(*) from gold.fct_facility_day where quarter = '2023Q2' and ccn = '335513'"))
                    .singleLong();
            assertThat(facilities).isPositive();
            assertThat(days).isEqualTo(91);
            assertThat(gold.version()).isEqualTo(first);

            // WHEN a run publishes again (the marker is rewritten last)
            Path marker = copy.resolve("objects/gold-published/_published.json");
            Files.writeString(marker, Files.readString(marker).replace("sample-run", "next-run"));
            Files.setLastModifiedTime(marker, FileTime.from(Instant.now().plusSeconds(60)));

            // THEN the version changes
            assertThat(gold.version()).isNotEqualTo(first);
            assertThat(gold.version().id()).startsWith("next-run@");
        }
    }
}
