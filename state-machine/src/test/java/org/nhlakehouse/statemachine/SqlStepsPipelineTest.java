package org.nhlakehouse.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nhlakehouse.statemachine.Asl.json;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.statemachine.history.HistoryEventType;
import org.nhlakehouse.statemachine.task.TaskFailedException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A definition with the pipeline's shape (Run step, Check step, Choice, Wait before polling, inside a Map with
 * MaxConcurrency 1; Retry on Lambda service errors and on a retryable error name; Catch to a Fail carrying the step
 * id and cause), driven by scripted handlers in place of the Lambda functions.
 */
class SqlStepsPipelineTest {

    private static final String RUN_STEP = "arn:aws:lambda:us-east-1:123456789012:function:nh-lakehouse-run-step";
    private static final String CHECK_STEP = "arn:aws:lambda:us-east-1:123456789012:function:nh-lakehouse-check-step";
    private static final Map<String, String> SUBSTITUTIONS = Map.of("RunStepFunctionArn", RUN_STEP,
            "CheckStepFunctionArn", CHECK_STEP);

    /** What "Run step" does per step id: errors to throw first, in order. */
    private final Map<String, Deque<RuntimeException>> runFailures = new ConcurrentHashMap<>();
    /** What "Check step" answers per step id, in order; the last answer repeats. */
    private final Map<String, Deque<String>> checkAnswers = new ConcurrentHashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    private final Asl.Harness harness = Asl.harness()
            .handler(RUN_STEP, input -> {
                String step = input.get("stepId").asText();
                calls.add("run " + step + " #" + input.get("position").asInt() + " of " + input.get("runId").asText());
                RuntimeException failure = runFailures.getOrDefault(step, new ArrayDeque<>()).poll();
                if (failure != null) {
                    throw failure;
                }
                return json("{'queryId': 'q-" + step + "', 'engine': 'local'}");
            })
            .handler(CHECK_STEP, input -> {
                String step = input.get("stepId").asText();
                calls.add("check " + step + " " + input.get("queryId").asText());
                Deque<String> answers = checkAnswers.getOrDefault(step, new ArrayDeque<>(List.of("SUCCEEDED")));
                String state = answers.size() > 1 ? answers.poll() : answers.peek();
                String reason = state.equals("FAILED") ? "SYNTAX_ERROR: line 3: column x cannot be resolved" : "";
                return json("{'state': '" + state + "', 'reason': '" + reason + "'}");
            });

    private static StateMachine machine() throws Exception {
        return StateMachine.load(Path.of(SqlStepsPipelineTest.class.getResource("/definitions/sql-steps.asl.json")
                .toURI()), SUBSTITUTIONS);
    }

    private Execution run(String... steps) throws Exception {
        StringBuilder input = new StringBuilder("{'steps': [");
        for (int i = 0; i < steps.length; i++) {
            input.append(i == 0 ? "" : ", ").append('\'').append(steps[i]).append('\'');
        }
        return harness.executor().run(machine(), "nightly-2024-06-01", json(input.append("]}").toString()));
    }

    @Test
    void steps_runOneAfterTheOther_pollingUntilEachSucceeds() throws Exception {
        checkAnswers.put("stg_pbj", new ArrayDeque<>(List.of("QUEUED", "RUNNING", "SUCCEEDED")));
        checkAnswers.put("int_staffing", new ArrayDeque<>(List.of("RUNNING", "SUCCEEDED")));

        Execution execution = run("stg_pbj", "int_staffing", "fct_staffing");

        assertThat(execution.status()).as(execution.report()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(calls).containsExactly(
                "run stg_pbj #0 of nightly-2024-06-01", "check stg_pbj q-stg_pbj", "check stg_pbj q-stg_pbj",
                "check stg_pbj q-stg_pbj",
                "run int_staffing #1 of nightly-2024-06-01", "check int_staffing q-int_staffing",
                "check int_staffing q-int_staffing",
                "run fct_staffing #2 of nightly-2024-06-01", "check fct_staffing q-fct_staffing");
        assertThat(harness.sleeps()).as("one 5 s wait per unfinished poll").containsExactly(Duration.ofSeconds(5),
                Duration.ofSeconds(5), Duration.ofSeconds(5));
        assertThat(execution.output().get("results")).isEqualTo(json("""
                [{'stepId': 'stg_pbj', 'queryId': 'q-stg_pbj', 'state': 'SUCCEEDED'},
                 {'stepId': 'int_staffing', 'queryId': 'q-int_staffing', 'state': 'SUCCEEDED'},
                 {'stepId': 'fct_staffing', 'queryId': 'q-fct_staffing', 'state': 'SUCCEEDED'}]
                """));
        assertThat(execution.history().ofType(HistoryEventType.MapIterationSucceeded)).hasSize(3);
    }

    @Test
    void transientLambdaErrorsAndCommitConflicts_areRetriedWithTheirOwnBackoff() throws Exception {
        runFailures.put("stg_pbj", new ArrayDeque<>(List.of(
                new TaskFailedException("Lambda.ServiceException", "Rate exceeded"))));
        runFailures.put("merge_pbj", new ArrayDeque<>(List.of(
                new TaskFailedException("IcebergCommitConflict", "ICEBERG_COMMIT_ERROR"),
                new TaskFailedException("IcebergCommitConflict", "ICEBERG_COMMIT_ERROR"))));

        Execution execution = run("stg_pbj", "merge_pbj");

        assertThat(execution.status()).as(execution.report()).isEqualTo(ExecutionStatus.SUCCEEDED);
        List<Duration> sleeps = harness.sleeps();
        assertThat(sleeps).hasSize(3);
        assertThat(sleeps.get(0)).as("FULL jitter within the 1 s interval").isBetween(Duration.ZERO,
                Duration.ofSeconds(1));
        assertThat(sleeps.subList(1, 3)).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
        assertThat(execution.history().ofType(HistoryEventType.RetryScheduled))
                .extracting(e -> e.detail("error"))
                .containsExactly("Lambda.ServiceException", "IcebergCommitConflict", "IcebergCommitConflict");
    }

    @Test
    void failedQuery_endsTheRunWithTheStepIdAndReason_andLaterStepsNeverStart() throws Exception {
        checkAnswers.put("int_staffing", new ArrayDeque<>(List.of("RUNNING", "FAILED")));

        Execution execution = run("stg_pbj", "int_staffing", "fct_staffing");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("StepQueryFailed");
        assertThat(execution.cause()).isEqualTo("Step int_staffing (query q-int_staffing) ended FAILED:"
                + " SYNTAX_ERROR: line 3: column x cannot be resolved");
        assertThat(calls).noneMatch(call -> call.contains("fct_staffing"));
        assertThat(execution.report()).contains("FAILED: StepQueryFailed").contains("FailStateEntered")
                .contains("MapIterationFailed");
    }

    @Test
    void nonRetryableHandlerError_isCaughtAndReportedWithTheStepId() throws Exception {
        runFailures.put("dim_provider", new ArrayDeque<>(List.of(new IllegalArgumentException("unknown step"))));

        Execution execution = run("dim_provider");

        assertThat(execution.error()).isEqualTo("IllegalArgumentException");
        assertThat(execution.cause()).isEqualTo("Step dim_provider failed: "
                + "{\"errorMessage\":\"unknown step\",\"errorType\":\"IllegalArgumentException\"}");
        assertThat(harness.sleeps()).isEmpty();
    }

    @Test
    void exhaustedRetries_fallThroughToTheCatch() throws Exception {
        Deque<RuntimeException> failures = new ArrayDeque<>();
        for (int i = 0; i < 4; i++) {
            failures.add(new TaskFailedException("Lambda.TooManyRequestsException", "Rate exceeded " + i));
        }
        runFailures.put("stg_pbj", failures);

        Execution execution = run("stg_pbj");

        assertThat(execution.error()).isEqualTo("Lambda.TooManyRequestsException");
        assertThat(execution.cause()).startsWith("Step stg_pbj failed: ").contains("Rate exceeded 3");
        assertThat(calls).hasSize(4);
    }

    @Test
    void inspector_listsTheResourcesAndSubstitutionsTheDefinitionNeeds() throws Exception {
        String text = new String(SqlStepsPipelineTest.class.getResourceAsStream("/definitions/sql-steps.asl.json")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

        DefinitionSummary summary = DefinitionInspector.inspect(text);

        assertThat(summary.substitutions()).containsExactly("CheckStepFunctionArn", "RunStepFunctionArn");
        assertThat(summary.tasks()).extracting(DefinitionSummary.TaskReference::stateName)
                .containsExactly("Run step", "Check step");
        assertThat(summary.targets()).containsExactly("${CheckStepFunctionArn}", "${RunStepFunctionArn}");
        assertThat(summary.tasks()).extracting(DefinitionSummary.TaskReference::resource)
                .containsOnly("arn:aws:states:::lambda:invoke");
    }

    @Test
    void loadedMachine_isNamedAfterTheFile_andHasNoWarnings() throws Exception {
        StateMachine machine = machine();

        assertThat(machine.name()).isEqualTo("sql-steps");
        assertThat(machine.warnings()).isEmpty();
        assertThat(harness.executor().resourceProblems(machine)).isEmpty();
        JsonNode runStep = machine.definition().at("/States/Run SQL steps/ItemProcessor/States/Run step");
        assertThat(runStep.at("/Parameters/FunctionName").asText()).isEqualTo(RUN_STEP);
    }
}
