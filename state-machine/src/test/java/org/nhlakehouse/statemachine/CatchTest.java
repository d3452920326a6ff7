package org.nhlakehouse.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nhlakehouse.statemachine.Asl.json;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.statemachine.task.TaskFailedException;

/** Catchers: order, ResultPath of the Error Output, and their interplay with retriers. */
class CatchTest {

    private final Asl.Harness harness = Asl.harness()
            .handler("fail", input -> {
                throw new TaskFailedException(input.get("error").asText(), "it broke");
            });

    /** Runs a task that fails with the input's error name; only the catch targets named exist. */
    private Execution run(String catchers, String input) {
        StringBuilder targets = new StringBuilder();
        for (String target : new String[] { "First", "Second", "Fallback" }) {
            if (catchers.contains("\"" + target + "\"")) {
                targets.append(", \"").append(target).append("\": {\"Type\": \"Pass\", \"End\": true}");
            }
        }
        return harness.run("""
                {"StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "fail", "Next": "Done", "Catch": %s},
                  "Done": {"Type": "Succeed"}%s}}
                """.formatted(catchers, targets), input);
    }

    private static final String CATCHERS = """
            [{"ErrorEquals": ["java.lang.Exception", "Specific"], "ResultPath": "$.error-info", "Next": "First"},
             {"ErrorEquals": ["Specific", "Other"], "Next": "Second"},
             {"ErrorEquals": ["States.ALL"], "Next": "Fallback"}]
            """;

    @Test
    void firstMatchingCatcherWins_andItsResultPathKeepsTheInput() {
        Execution execution = run(CATCHERS, "{'error': 'Specific'}");

        assertThat(execution.output())
                .isEqualTo(json("{'error': 'Specific', 'error-info': {'Error': 'Specific', 'Cause': 'it broke'}}"));
        assertThat(execution.history().events()).anySatisfy(e -> assertThat(e.detail("name")).isEqualTo("First"));
    }

    @Test
    void catcherWithoutResultPath_replacesTheInputWithTheErrorOutput() {
        Execution execution = run(CATCHERS, "{'error': 'Other'}");

        assertThat(execution.output()).isEqualTo(json("{'Error': 'Other', 'Cause': 'it broke'}"));
    }

    @Test
    void catchAll_isTheFallback() {
        Execution execution = run(CATCHERS, "{'error': 'Unexpected'}");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output().get("Error").asText()).isEqualTo("Unexpected");
    }

    @Test
    void catcherWithNullResultPath_passesTheRawInputOn() {
        Execution execution = run("[{\"ErrorEquals\": [\"States.ALL\"], \"ResultPath\": null, \"Next\": \"First\"}]",
                "{'error': 'X', 'keep': 1}");

        assertThat(execution.output()).isEqualTo(json("{'error': 'X', 'keep': 1}"));
    }

    @Test
    void noMatchingCatcher_failsTheExecutionWithTheTaskError() {
        Execution execution = run("[{\"ErrorEquals\": [\"Other\"], \"Next\": \"First\"}]", "{'error': 'Mine'}");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("Mine");
        assertThat(execution.cause()).isEqualTo("it broke");
    }

    @Test
    void retriersRunBeforeCatchers() {
        Execution execution = harness.run("""
                {"StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "fail", "End": true,
                        "Retry": [{"ErrorEquals": ["Boom"], "MaxAttempts": 2, "IntervalSeconds": 1}],
                        "Catch": [{"ErrorEquals": ["Boom"], "ResultPath": "$.failure", "Next": "Handled"}]},
                  "Handled": {"Type": "Pass", "End": true}}}
                """, "{'error': 'Boom'}");

        assertThat(harness.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(execution.output().at("/failure/Error").asText()).isEqualTo("Boom");
    }

    @Test
    void caughtOutput_doesNotGoThroughOutputPath() {
        Execution execution = harness.run("""
                {"StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "fail", "End": true, "OutputPath": "$.nothing",
                        "Catch": [{"ErrorEquals": ["States.ALL"], "ResultPath": "$.e", "Next": "Handled"}]},
                  "Handled": {"Type": "Pass", "End": true}}}
                """, "{'error': 'Boom'}");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(json("{'error': 'Boom', 'e': {'Error': 'Boom', 'Cause': 'it broke'}}"));
    }
}
