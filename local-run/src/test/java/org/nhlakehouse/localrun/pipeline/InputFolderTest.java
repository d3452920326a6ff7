package org.nhlakehouse.localrun.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.pipeline.Ingest;
import org.nhlakehouse.localrun.testing.PipelineFixture;
import org.nhlakehouse.localrun.testing.PipelineFixture.Pbj;

/** What the input folder may hold: which entries are read, and how files become Bronze keys. */
class InputFolderTest {

    @TempDir
    Path dir;

    private static final Instant SAME_TIME = Instant.parse("2024-09-01T00:00:00Z");

    @Test
    void namesThatMapToTheSameSafeKey_withTheSameTime_stayTwoFiles_andNoRowVanishes() throws Exception {
        try (PipelineFixture fixture = new PipelineFixture(dir)) {
            fixture.file("PBJ 2022.csv", new Pbj().row("015010", "AL", "20240401", "40", "8", "16", "90").build(),
                    SAME_TIME);
            fixture.file("PBJ_2022.csv", new Pbj().row("015011", "AL", "20240401", "50", "9", "17", "91").build(),
                    SAME_TIME);

            List<Ingest.Copied> copied = fixture.lakehouse().ingest(dir.resolve("input"));
            assertThat(copied).extracting(Ingest.Copied::alreadyPresent).containsExactly(false, false);
            assertThat(copied.get(0).key()).isNotEqualTo(copied.get(1).key());
            fixture.run();

            assertThat(fixture.query("select ccn from silver.pbj_daily order by ccn"))
                    .containsExactly(Map.of("ccn", "015010"), Map.of("ccn", "015011"));
        }
    }

    @Test
    void identicalContentUnderAnotherName_isRecognizedByChecksum_andLoadedOnce() throws Exception {
        try (PipelineFixture fixture = new PipelineFixture(dir)) {
            String content = new Pbj().row("015010", "AL", "20240401", "40", "8", "16", "90").build();
            fixture.file("q2.csv", content, SAME_TIME).run();
            fixture.file("q2 (copy).csv", content, SAME_TIME.plusSeconds(60));

            List<Ingest.Copied> copied = fixture.lakehouse().ingest(dir.resolve("input"));
            assertThat(copied).allMatch(Ingest.Copied::alreadyPresent);
            fixture.run();
            assertThat(fixture.count("select count(*) from ops.file_log where status = 'processed'")).isEqualTo(1);
        }
    }

    @Test
    void linksFoldersAndPipes_areRefusedWithAReason_neverFollowed() throws Exception {
        Path secret = Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        try (PipelineFixture fixture = new PipelineFixture(dir)) {
            Path input = dir.resolve("input");
            Files.createSymbolicLink(input.resolve("PBJ_link.csv"), secret);
            Files.createSymbolicLink(input.resolve("dangling.csv"), dir.resolve("nowhere"));
            Files.createDirectories(input.resolve("subfolder.csv"));
            fixture.file("good.csv", new Pbj().row("015010", "AL", "20240401", "40", "8", "16", "90").build(), SAME_TIME);

            fixture.run();

            assertThat(fixture.query("select file, refusal_reason from gold.data_health where status = 'refused'"
                    + " order by file")).containsExactly(
                            Map.of("file", "PBJ_link.csv", "refusal_reason", "not_a_regular_file"),
                            Map.of("file", "dangling.csv", "refusal_reason", "not_a_regular_file"),
                            Map.of("file", "subfolder.csv", "refusal_reason", "not_a_regular_file"));
            assertThat(fixture.query("select refusal_detail from gold.data_health where file = 'PBJ_link.csv'")
                    .getFirst().get("refusal_detail").toString()).contains("symbolic link");
            assertThat(fixture.count("select count(*) from gold.data_health where file = 'good.csv' and status ="
                    + " 'processed'")).isEqualTo(1);
            try (var objects = Files.walk(fixture.lakehouse().store().root())) {
                assertThat(objects.filter(Files::isRegularFile).filter(p -> {
                    try {
                        return Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1).contains("root:x:0:0");
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })).as("nothing of the link's target was read").isEmpty();
            }
        }
    }
}
