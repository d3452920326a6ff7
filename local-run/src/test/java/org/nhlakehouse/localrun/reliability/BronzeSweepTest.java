package org.nhlakehouse.localrun.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.pipeline.Ingest;
import org.nhlakehouse.core.pipeline.PipelineListener;
import org.nhlakehouse.core.storage.ObjectInfo;
import org.nhlakehouse.core.tasks.StartPipelineTask;
import org.nhlakehouse.localrun.LocalPipeline;
import org.nhlakehouse.localrun.testing.PipelineFixture;
import org.nhlakehouse.localrun.testing.PipelineFixture.Pbj;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A raw file whose landing failed has no row in the file log, and its execution's name stays taken for 90 days on
 * Step Functions: the next run finds it in Bronze and lands it (data health shows it as found meanwhile), and a
 * re-upload of the same bytes starts a run of its own.
 */
class BronzeSweepTest {

    private static final String BUCKET = "nh-lakehouse-test";
    private static final String LATE = "more.csv";

    @TempDir
    Path dir;

    private PipelineFixture fixture;
    private ObjectInfo sample;
    private ObjectInfo late;
    private StartPipelineTask start;

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private void ingest(Path directory) throws Exception {
        fixture = new PipelineFixture(directory);
        fixture.sample("PBJ_Daily_Nurse_Staffing_Q2_2024.csv").file(LATE,
                new Pbj().row("015010", "AL", "20240401", "40", "8", "16", "90").build(),
                Instant.parse("2024-09-01T00:00:00Z"));
        List<Ingest.Copied> copied = fixture.lakehouse().ingest(directory.resolve("input"));
        fixture.lakehouse().warehouse().setUp();
        for (Ingest.Copied file : copied) {
            // Written an hour ago: no execution can still be landing them.
            Files.setLastModifiedTime(fixture.lakehouse().store().root().resolve(file.key()),
                    FileTime.from(Instant.now().minus(Duration.ofHours(1))));
            ObjectInfo object = fixture.lakehouse().store().head(file.key()).orElseThrow();
            if (file.key().endsWith(LATE)) {
                late = object;
            } else {
                sample = object;
            }
        }
    }

    /** One start task over one pipeline (which remembers its execution names), whose landing of the late file fails. */
    private void failLandingOfTheLateFile(int times) {
        Faults faults = new Faults("landFile", input -> input.path("key").asText().equals(late.key()), times,
                () -> new IllegalStateException("Task timed out after 900.00 seconds"));
        LocalPipeline pipeline = fixture.lakehouse().pipeline(PipelineListener.NONE, faults);
        start = new StartPipelineTask(BUCKET, "local", pipeline);
    }

    private JsonNode start(ObjectInfo object, String sequencer) {
        return start.apply(StartPipelineTask.objectCreatedEvent(BUCKET, object.key(), object.size(), object.etag(),
                sequencer));
    }

    private Map<String, Object> health(ObjectInfo object) {
        return fixture.query("select status, rows_in, rows_kept from gold.data_health where source_key = ?",
                object.key()).getFirst();
    }

    @Test
    void aFileWhoseLandingFailed_isFoundAndLandedByTheNextRun_andDataHealthShowsItMeanwhile() throws Exception {
        ingest(dir.resolve("sweep"));
        failLandingOfTheLateFile(2);
        start(late, "01");
        assertThat(fixture.count("select count(*) from ops.file_log where source_key = ?", late.key())).isZero();

        // The next run (another file's) finds it; its landing fails once more, so it stays found.
        start(sample, "02");
        assertThat(health(late)).containsEntry("status", "found");
        assertThat(health(sample)).containsEntry("status", "landed");

        start(sample, "03");
        assertThat(health(late)).containsEntry("status", "processed").containsEntry("rows_in", 1L)
                .containsEntry("rows_kept", 1L);
        assertThat(health(sample)).containsEntry("status", "processed");
        assertThat(fixture.count("select count(*) from silver.pbj_daily")).isEqualTo(92);
    }

    @Test
    void reUploadingTheSameBytes_startsARun_butARedeliveredEventDoesNot() throws Exception {
        ingest(dir.resolve("reupload"));
        failLandingOfTheLateFile(1);
        assertThat(start(late, "0A").path("started").asBoolean()).isTrue();
        assertThat(start(late, "0A").path("started").asBoolean()).as("the same event, delivered again").isFalse();
        assertThat(fixture.count("select count(*) from ops.file_log where source_key = ?", late.key())).isZero();

        JsonNode reUpload = start(late, "0B");

        assertThat(reUpload.path("started").asBoolean()).isTrue();
        assertThat(health(late)).containsEntry("status", "processed");
        assertThat(health(sample)).as("written an hour ago, with no event: swept in").containsEntry("status",
                "processed");
    }
}
