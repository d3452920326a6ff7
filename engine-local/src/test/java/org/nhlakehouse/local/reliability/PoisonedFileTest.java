package org.nhlakehouse.local.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.pipeline.PipelineFailedException;
import org.nhlakehouse.core.pipeline.PipelineListener;
import org.nhlakehouse.core.tasks.PipelineTask;
import org.nhlakehouse.local.testing.PipelineFixture;
import org.nhlakehouse.local.testing.PipelineFixture.Pbj;

/**
 * A file whose Bronze rows the engine cannot read (here: damaged in storage after landing, a line over the engines'
 * 2 MiB limit) fails the typing step: the failure names the file, the file is refused as unreadable, and the next run
 * processes the other file of the batch.
 */
class PoisonedFileTest {

    @TempDir
    Path dir;

    @Test
    void aFileTheEngineCannotRead_isNamed_refused_andHoldsBackNoOtherFile() throws Exception {
        try (PipelineFixture fixture = new PipelineFixture(dir)) {
            Instant modified = Instant.parse("2024-09-01T00:00:00Z");
            fixture.file("poisoned.csv", new Pbj().row("015010", "AL", "20240401", "40", "8", "16", "90").build(),
                    modified);
            fixture.file("healthy.csv", new Pbj().row("015011", "AL", "20240401", "41", "8", "16", "90").build(),
                    modified);
            fixture.lakehouse().ingest(dir.resolve("input"));

            Path objects = fixture.lakehouse().store().root();
            assertThatThrownBy(() -> fixture.lakehouse().run("damaged", PipelineListener.NONE, task -> task.name()
                    .equals("planBatch") ? PipelineTask.named("planBatch", input -> {
                        damageBronzeRows(fixture, objects);
                        return task.apply(input);
                    }) : task)).isInstanceOf(PipelineFailedException.class)
                    .hasMessageContaining("Type and check PBJ rows")
                    .hasMessageContaining("poisoned.csv")
                    .hasMessageNotContaining("healthy.csv");

            assertThat(fixture.query("select file_name, status, refusal_reason from ops.file_log order by file_name"))
                    .extracting(r -> r.get("file_name") + ":" + r.get("status") + ":" + r.get("refusal_reason"))
                    .containsExactly("healthy.csv:landed:null", "poisoned.csv:refused:unreadable");
            assertThat(fixture.query("select refusal_detail from ops.file_log where file_name = 'poisoned.csv'")
                    .getFirst().get("refusal_detail").toString()).contains("cannot read its Bronze rows");

            fixture.lakehouse().run("rerun", PipelineListener.NONE);

            assertThat(fixture.query("select file_name, status from ops.file_log order by file_name"))
                    .extracting(r -> r.get("file_name") + ":" + r.get("status"))
                    .containsExactly("healthy.csv:processed", "poisoned.csv:refused");
            assertThat(fixture.query("select ccn from silver.pbj_daily")).containsExactly(Map.of("ccn", "015011"));
        }
    }

    private static void damageBronzeRows(PipelineFixture fixture, Path objects) {
        String key = (String) fixture.query("select bronze_rows_key from ops.file_log where file_name = 'poisoned.csv'")
                .getFirst().get("bronze_rows_key");
        try {
            Files.writeString(objects.resolve(key), "2\u0001" + "x".repeat(3 << 20) + "\n", StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
