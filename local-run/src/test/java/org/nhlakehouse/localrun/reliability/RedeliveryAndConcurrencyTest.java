package org.nhlakehouse.localrun.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;

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
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * EventBridge delivers S3 events at least once, and files arrive together: a re-delivered event has one execution's
 * effect, and two files arriving at once both reach Gold exactly once.
 */
class RedeliveryAndConcurrencyTest {

    private static final String BUCKET = "nh-lakehouse-test";

    @TempDir
    Path dir;

    static ObjectNode objectCreated(ObjectInfo object) {
        return StartPipelineTask.objectCreatedEvent(BUCKET, object.key(), object.size(), object.etag());
    }

    private static Map<String, List<List<Object>>> cleanGold(Path directory) throws Exception {
        try (PipelineFixture clean = fixture(directory)) {
            clean.run();
            return clean.gold();
        }
    }

    private static PipelineFixture fixture(Path directory) throws Exception {
        PipelineFixture fixture = new PipelineFixture(directory);
        fixture.sample("PBJ_Daily_Nurse_Staffing_Q2_2024.csv").file("more.csv",
                new Pbj().row("015010", "AL", "20240401", "40", "8", "16", "90").build(),
                Instant.parse("2024-09-01T00:00:00Z"));
        return fixture;
    }

    @Test
    void theSameEventDeliveredThreeTimes_hasOneExecutionsEffect() throws Exception {
        try (PipelineFixture fixture = fixture(dir.resolve("redelivered"))) {
            List<Ingest.Copied> copied = fixture.lakehouse().ingest(dir.resolve("redelivered/input"));
            LocalPipeline pipeline = fixture.lakehouse().pipeline(PipelineListener.NONE, UnaryOperator.identity());
            StartPipelineTask start = new StartPipelineTask(BUCKET, "local", pipeline);
            ObjectInfo object = fixture.lakehouse().store().head(copied.getFirst().key()).orElseThrow();
            fixture.lakehouse().warehouse().setUp();

            List<JsonNode> answers = new ArrayList<>();
            for (int delivery = 0; delivery < 3; delivery++) {
                answers.add(start.apply(objectCreated(object)));
            }

            assertThat(answers).extracting(a -> a.path("started").asBoolean()).containsExactly(true, false, false);
            assertThat(answers).extracting(a -> a.path("executionName").asText()).containsOnly(
                    answers.getFirst().path("executionName").asText());
            assertThat(fixture.count("select count(*) from ops.file_log")).isEqualTo(1);
            assertThat(fixture.count("select count(*) from ops.pipeline_runs")).isEqualTo(1);
            assertThat(fixture.count("select count(*) from silver.pbj_daily")).isEqualTo(91);
        }
    }

    @Test
    void eventsOutsideTheAllowList_startNothing_andSayWhy() throws Exception {
        try (PipelineFixture fixture = fixture(dir.resolve("rejected"))) {
            LocalPipeline pipeline = fixture.lakehouse().pipeline(PipelineListener.NONE, UnaryOperator.identity());
            StartPipelineTask start = new StartPipelineTask(BUCKET, "local", pipeline);
            ObjectInfo outside = new ObjectInfo("gold-published/x.parquet", 1, Instant.EPOCH, "abc", Map.of());
            ObjectInfo traversal = new ObjectInfo("bronze/pbj/../../etc/passwd", 1, Instant.EPOCH, "abc", Map.of());
            ObjectInfo otherDataset = new ObjectInfo("bronze/claims/x.csv", 1, Instant.EPOCH, "abc", Map.of());

            for (ObjectInfo object : List.of(outside, traversal, otherDataset)) {
                JsonNode answer = start.apply(objectCreated(object));
                assertThat(answer.path("started").asBoolean()).as(object.key()).isFalse();
                assertThat(answer.path("reason").asText()).as(object.key()).isNotBlank();
            }
            ObjectNode foreignBucket = objectCreated(new ObjectInfo("bronze/pbj/x.csv", 1, Instant.EPOCH, "abc",
                    Map.of()));
            ((ObjectNode) foreignBucket.path("detail").path("bucket")).put("name", "someone-elses-bucket");
            assertThat(start.apply(foreignBucket).path("reason").asText()).contains("someone-elses-bucket");
            assertThat(pipeline.execution("anything")).isEmpty();
        }
    }

    @Test
    void aBrowserUploadsKeyWithSpaces_startsARun_thatRecordsTheFileAsRefusedForItsKey() throws Exception {
        try (PipelineFixture fixture = fixture(dir.resolve("unsafe-key"))) {
            fixture.lakehouse().warehouse().setUp();
            LocalPipeline pipeline = fixture.lakehouse().pipeline(PipelineListener.NONE, UnaryOperator.identity());
            StartPipelineTask start = new StartPipelineTask(BUCKET, "local", pipeline);
            String key = "bronze/pbj/PBJ Daily Nurse Staffing Q2 2024 (1).csv";

            JsonNode answer = start.apply(objectCreated(new ObjectInfo(key, 1, Instant.EPOCH, "abc", Map.of())));

            assertThat(answer.path("started").asBoolean()).as(answer.toString()).isTrue();
            assertThat(pipeline.execution(answer.path("executionName").asText()).orElseThrow().succeeded()).isTrue();
            assertThat(fixture.query("select file, status, refusal_reason, refusal_detail from gold.data_health"))
                    .singleElement().satisfies(row -> {
                        assertThat(row).containsEntry("file", "PBJ Daily Nurse Staffing Q2 2024 (1).csv")
                                .containsEntry("status", "refused").containsEntry("refusal_reason", "unsafe_key");
                        assertThat(String.valueOf(row.get("refusal_detail")))
                                .endsWith("bronze/pbj/PBJ_Daily_Nurse_Staffing_Q2_2024__1_.csv");
                    });
        }
    }

    @Test
    void twoFilesArrivingTogether_bothReachGoldExactlyOnce() throws Exception {
        Map<String, List<List<Object>>> expected = cleanGold(dir.resolve("clean"));
        try (PipelineFixture fixture = fixture(dir.resolve("together"))) {
            List<Ingest.Copied> copied = fixture.lakehouse().ingest(dir.resolve("together/input"));
            fixture.lakehouse().warehouse().setUp();
            LocalPipeline pipeline = fixture.lakehouse().pipeline(PipelineListener.NONE, UnaryOperator.identity());
            StartPipelineTask start = new StartPipelineTask(BUCKET, "local", pipeline);

            CountDownLatch ready = new CountDownLatch(1);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            List<Future<JsonNode>> runs = new ArrayList<>();
            for (Ingest.Copied file : copied) {
                ObjectInfo object = fixture.lakehouse().store().head(file.key()).orElseThrow();
                runs.add(threads.submit(() -> {
                    ready.await();
                    return start.apply(objectCreated(object));
                }));
            }
            ready.countDown();
            for (Future<JsonNode> run : runs) {
                JsonNode answer = run.get();
                assertThat(answer.path("started").asBoolean()).isTrue();
                assertThat(pipeline.execution(answer.path("executionName").asText()).orElseThrow().succeeded()).isTrue();
            }
            threads.shutdown();

            assertThat(fixture.count("select count(*) from ops.file_log where status = 'processed'")).isEqualTo(2);
            assertThat(fixture.count("select count(*) from gold.data_health where conserved and rows_kept > 0"))
                    .isEqualTo(2);
            assertThat(fixture.count("select count(*) from silver.superseded_rows")).isZero();
            assertThat(fixture.gold()).isEqualTo(expected);
        }
    }
}
