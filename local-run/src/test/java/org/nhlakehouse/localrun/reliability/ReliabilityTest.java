package org.nhlakehouse.localrun.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nhlakehouse.core.pipeline.PipelineFailedException;
import org.nhlakehouse.core.pipeline.PipelineListener;
import org.nhlakehouse.core.tasks.PipelineTask;
import org.nhlakehouse.core.tasks.RetryableSqlStepException;
import org.nhlakehouse.core.tasks.SqlStepFailedException;
import org.nhlakehouse.localrun.testing.PipelineFixture;
import org.nhlakehouse.localrun.testing.PipelineFixture.Pbj;
import org.nhlakehouse.statemachine.task.TaskFailedException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * For each Task of the state machine, a transient failure is retried and the run succeeds; a permanent one ends the run
 * in its Fail state naming the step, leaves Silver and Gold consistent, and a later run completes to the same Gold as
 * a run without faults.
 */
class ReliabilityTest {

    private static Map<String, List<List<Object>>> cleanGold;

    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    private static PipelineFixture fixture(Path directory) throws Exception {
        PipelineFixture fixture = new PipelineFixture(directory);
        fixture.sample("PBJ_Daily_Nurse_Staffing_Q2_2024.csv").sample("ProviderInfo_2024_12_AL_excerpt.csv")
                .file("more.csv", new Pbj().row("015010", "AL", "20240401", "40", "8", "16", "90")
                        .row("015010", "AL", "20240402", "41", "8", "16", "91").build(), Instant.parse("2024-09-01T00:00:00Z"));
        return fixture;
    }

    @BeforeAll
    static void runWithoutFaults() throws Exception {
        try (PipelineFixture fixture = fixture(shared.resolve("clean"))) {
            fixture.run();
            cleanGold = fixture.gold();
        }
    }

    private static Predicate<JsonNode> step(String stepId) {
        return input -> stepId.equals(input.path("step").path("id").asText());
    }

    private static final Predicate<JsonNode> ANY = input -> true;
    private static final Supplier<RuntimeException> LAMBDA_THROTTLED = () -> new TaskFailedException(
            "Lambda.TooManyRequestsException", "Rate exceeded (injected)");
    private static final Supplier<RuntimeException> ICEBERG_CONFLICT = () -> new RetryableSqlStepException(
            "step pbj_daily failed: ICEBERG_COMMIT_ERROR: Failed to commit Iceberg update (injected)");

    static List<Arguments> transientFaults() {
        return List.of(
                Arguments.of("landFile", ANY, LAMBDA_THROTTLED),
                Arguments.of("planBatch", ANY, LAMBDA_THROTTLED),
                Arguments.of("runSqlStep", step("pbj_daily"), LAMBDA_THROTTLED),
                Arguments.of("runSqlStep", step("pbj_daily"), ICEBERG_CONFLICT),
                Arguments.of("checkSqlStep", step("pbj_daily"), LAMBDA_THROTTLED),
                Arguments.of("checkSqlStep", step("fct_facility_quarter"), ICEBERG_CONFLICT),
                Arguments.of("finishRun", ANY, LAMBDA_THROTTLED));
    }

    @ParameterizedTest(name = "{0} fails twice for a transient reason, is retried, and the run succeeds")
    @MethodSource("transientFaults")
    void aTransientFault_isRetried_andTheRunSucceeds(String task, Predicate<JsonNode> when,
            Supplier<RuntimeException> fault) throws Exception {
        Faults faults = new Faults(task, when, 2, fault);
        try (PipelineFixture fixture = fixture(dir)) {
            fixture.lakehouse().ingest(dir.resolve("input"));
            fixture.lakehouse().run("faulty", PipelineListener.NONE, faults);

            assertThat(faults.injected()).isEqualTo(2);
            assertThat(fixture.gold()).isEqualTo(cleanGold);
            assertThat(fixture.count("select count(*) from ops.file_log where status = 'processed'")).isEqualTo(3);
        }
    }

    static List<Arguments> permanentFaults() {
        Supplier<RuntimeException> broken = () -> new IllegalStateException("injected permanent fault");
        return List.of(
                Arguments.of("landFile", ANY, broken, "IllegalStateException"),
                Arguments.of("planBatch", ANY, broken, "IllegalStateException"),
                Arguments.of("runSqlStep", step("pbj_daily"), (Supplier<RuntimeException>) () -> new SqlStepFailedException(
                        "step pbj_daily (Merge PBJ rows into Silver) failed: SYNTAX_ERROR: injected"), "pbj_daily"),
                Arguments.of("checkSqlStep", step("agg_state_quarter"),
                        (Supplier<RuntimeException>) () -> new SqlStepFailedException(
                                "step agg_state_quarter failed: INTERNAL_ERROR: injected"),
                        "agg_state_quarter"),
                Arguments.of("finishRun", ANY, broken, "IllegalStateException"));
    }

    @ParameterizedTest(name = "{0} fails for good: the run fails naming it, and the next run completes")
    @MethodSource("permanentFaults")
    void aPermanentFault_failsTheRunNamingTheStep_andTheNextRunCompletes(String task, Predicate<JsonNode> when,
            Supplier<RuntimeException> fault, String named) throws Exception {
        Faults faults = new Faults(task, when, Integer.MAX_VALUE, fault);
        try (PipelineFixture fixture = fixture(dir)) {
            fixture.lakehouse().ingest(dir.resolve("input"));
            assertThatThrownBy(() -> fixture.lakehouse().run("broken", PipelineListener.NONE, faults))
                    .isInstanceOf(PipelineFailedException.class)
                    .hasMessageContaining(named)
                    .satisfies(e -> assertThat(((PipelineFailedException) e).report())
                            .contains("Pipeline failed").contains("Record the failure"));

            // Nothing is half-done: no file is marked processed before Gold is complete (finishing the run comes after
            // that), the lease is free again, and the run says why.
            assertThat(fixture.count("select count(*) from ops.file_log where status = 'processed'"))
                    .isEqualTo(task.equals("finishRun") ? 3 : 0);
            if (!task.equals("landFile") && !task.equals("planBatch")) {
                assertThat(fixture.query("select status, message from ops.pipeline_runs where run_id = 'broken'"))
                        .singleElement().satisfies(r -> assertThat(r.get("status")).isEqualTo("failed"))
                        .satisfies(r -> assertThat((String) r.get("message")).contains(named));
            }
            // Silver never holds more than the batch's valid rows, however far the run got.
            assertThat(fixture.count("select count(*) from silver.pbj_daily")).isIn(0L, 93L);

            fixture.lakehouse().run("after-the-fault", PipelineListener.NONE, UnaryOperator.<PipelineTask> identity());
            assertThat(fixture.gold()).isEqualTo(cleanGold);
            assertThat(fixture.count("select count(*) from gold.data_health where conserved")).isEqualTo(3);
        }
    }
}
