package org.nhlakehouse.localrun.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nhlakehouse.core.pipeline.FileResult;
import org.nhlakehouse.core.pipeline.PipelineListener;
import org.nhlakehouse.core.pipeline.RunReport;
import org.nhlakehouse.core.tasks.PipelineTask;
import org.nhlakehouse.localrun.testing.PipelineFixture;
import org.nhlakehouse.localrun.testing.PipelineFixture.Pbj;

/**
 * A file that makes the typing step fail on its own (here: its Bronze rows damaged in storage after landing) is named
 * and refused with its reason, and the same run goes on with the other files of its batch: they reach Gold exactly as
 * they would without the poisoned file, every row is accounted for, and the run reports the refusal.
 */
class PoisonedFileTest {

    private static final Instant MODIFIED = Instant.parse("2024-09-01T00:00:00Z");

    /** How the poisoned file's Bronze rows are damaged, and what the refusal then says. */
    enum Poison {
        /** A line over the engines' 2 MiB limit: the engine cannot read the file's Bronze rows. */
        UNREADABLE("unreadable", "cannot read its Bronze rows") {
            @Override
            String damage(String bronzeRows) {
                return "2\u0001" + "x".repeat(3 << 20) + "\n";
            }
        },
        /** Readable rows whose line number is not a number: typing them fails (a cast, not a try_cast). */
        TYPING_FAILED("typing_failed", "\"Type and check PBJ rows\" fails on this file alone") {
            @Override
            String damage(String bronzeRows) {
                return bronzeRows.replaceFirst("^[0-9]+\u0001", "two\u0001");
            }
        };

        final String reason;
        final String detail;

        Poison(String reason, String detail) {
            this.reason = reason;
            this.detail = detail;
        }

        abstract String damage(String bronzeRows);
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(Poison.class)
    void aPoisonedFile_isNamedAndRefused_andTheSameRunProcessesTheOtherFilesOfItsBatch(Poison poison)
            throws Exception {
        try (PipelineFixture fixture = new PipelineFixture(dir.resolve("poisoned"));
                PipelineFixture clean = new PipelineFixture(dir.resolve("clean"))) {
            fixture.file("poisoned.csv", new Pbj().row("015010", "AL", "20240401", "40", "8", "16", "90").build(),
                    MODIFIED);
            healthyFiles(fixture);
            fixture.lakehouse().ingest(dir.resolve("poisoned/input"));

            RunReport report = fixture.lakehouse().run("damaged", PipelineListener.NONE,
                    damageAfterLanding(fixture, poison));

            assertThat(report.anyRefused()).as("the run reports the refusal (the CLI exits with 2)").isTrue();
            assertThat(report.refused()).extracting(FileResult::fileName, r -> r.reason().orElse(""))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("poisoned.csv", poison.reason));
            assertThat(report.refused().getFirst().detail()).get().asString().contains(poison.detail);
            assertThat(report.summary().files()).isEqualTo(2);
            assertThat(report.rowsIn()).isEqualTo(2);
            assertThat(report.rowsKept()).isEqualTo(2);

            assertThat(fixture.query("select file, status, refusal_reason, conserved from gold.data_health"
                    + " order by file"))
                    .extracting(r -> r.get("file") + ":" + r.get("status") + ":" + r.get("refusal_reason") + ":"
                            + r.get("conserved"))
                    .containsExactly("healthy-1.csv:processed:null:true", "healthy-2.csv:processed:null:true",
                            "poisoned.csv:refused:" + poison.reason + ":true");
            assertThat(fixture.query("select refusal_detail from ops.file_log where file_name = 'poisoned.csv'")
                    .getFirst().get("refusal_detail").toString()).contains(poison.detail);
            assertThat(fixture.query("select distinct ccn from gold.fct_facility_quarter order by ccn"))
                    .containsExactly(Map.of("ccn", "015011"), Map.of("ccn", "015012"));
            assertThat(fixture.count("select count(*) from silver.stg_pbj_daily where file_id in (select file_id"
                    + " from ops.file_log where status = 'refused')")).isZero();

            healthyFiles(clean);
            clean.run();
            assertThat(fixture.gold()).as("Gold as if the poisoned file had never come").isEqualTo(clean.gold());

            RunReport rerun = fixture.lakehouse().run("rerun", PipelineListener.NONE);
            assertThat(rerun.batchId()).as("nothing is left waiting").isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Poison.class)
    void aBatchOfOnlyAPoisonedFile_endsWithTheFileRefused_andNothingElseWaiting(Poison poison) throws Exception {
        try (PipelineFixture fixture = new PipelineFixture(dir)) {
            fixture.file("poisoned.csv", new Pbj().row("015010", "AL", "20240401", "40", "8", "16", "90").build(),
                    MODIFIED);
            fixture.lakehouse().ingest(dir.resolve("input"));

            RunReport report = fixture.lakehouse().run("damaged", PipelineListener.NONE,
                    damageAfterLanding(fixture, poison));

            assertThat(report.refused()).extracting(FileResult::fileName, r -> r.reason().orElse(""))
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("poisoned.csv", poison.reason));
            assertThat(report.summary().files()).isZero();
            assertThat(fixture.count("select count(*) from gold.fct_facility_quarter")).isZero();
            assertThat(fixture.count("select count(*) from ops.pipeline_runs where run_id = 'damaged'"
                    + " and status = 'succeeded' and files_refused = 1")).isOne();
            assertThat(fixture.lakehouse().run("rerun", PipelineListener.NONE).batchId()).isEmpty();
        }
    }

    private static void healthyFiles(PipelineFixture fixture) throws IOException {
        fixture.file("healthy-1.csv", new Pbj().row("015011", "AL", "20240401", "41", "8", "16", "90").build(),
                MODIFIED);
        fixture.file("healthy-2.csv", new Pbj().row("015012", "AL", "20240402", "42", "9", "17", "91").build(),
                MODIFIED);
    }

    /** Damages the poisoned file's Bronze rows once it is landed, as the run plans its batch. */
    private static UnaryOperator<PipelineTask> damageAfterLanding(PipelineFixture fixture, Poison poison) {
        return task -> task.name().equals("planBatch") ? PipelineTask.named("planBatch", input -> {
            damageBronzeRows(fixture, poison);
            return task.apply(input);
        }) : task;
    }

    private static void damageBronzeRows(PipelineFixture fixture, Poison poison) {
        List<Map<String, Object>> rows = fixture.query(
                "select bronze_rows_key from ops.file_log where file_name = 'poisoned.csv'");
        Path file = fixture.lakehouse().store().root().resolve((String) rows.getFirst().get("bronze_rows_key"));
        try {
            String damaged = poison.damage(Files.readString(file, StandardCharsets.UTF_8));
            assertThat(damaged).isNotEqualTo(Files.readString(file, StandardCharsets.UTF_8));
            Files.writeString(file, damaged, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
