package org.nhlakehouse.statemachine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.statemachine.history.HistoryEventType;

class FailStateTest {

    private final Asl.Harness harness = Asl.harness();

    private Execution runFail(String fields, String input) {
        return harness.run("""
                {"StartAt": "F", "States": {"F": {"Type": "Fail"%s}}}
                """.formatted(fields.isEmpty() ? "" : ", " + fields), input);
    }

    @Test
    void fixedErrorAndCause_failTheExecution() {
        Execution execution = runFail("\"Error\": \"ErrorA\", \"Cause\": \"Kaiju attack\"", "{}");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("ErrorA");
        assertThat(execution.cause()).isEqualTo("Kaiju attack");
        assertThat(execution.output()).isNull();
        assertThat(execution.history().ofType(HistoryEventType.FailStateEntered)).hasSize(1);
        assertThat(execution.history().ofType(HistoryEventType.ExecutionFailed)).singleElement()
                .satisfies(e -> assertThat(e.detail("cause")).isEqualTo("Kaiju attack"));
    }

    @Test
    void errorPathAndCausePath_readTheStateInput() {
        Execution execution = runFail("\"ErrorPath\": \"$.Error\", \"CausePath\": \"$.detail.Cause\"",
                "{'Error': 'StepFailed', 'detail': {'Cause': 'query q-9 failed'}}");

        assertThat(execution.error()).isEqualTo("StepFailed");
        assertThat(execution.cause()).isEqualTo("query q-9 failed");
    }

    @Test
    void causePath_canBeAnIntrinsicFunction() {
        Execution execution = runFail("""
                "Error": "StepFailed", "CausePath": "States.Format('Step {} failed: {}', $.stepId, $.error.Cause)"
                """, "{'stepId': 'merge_pbj', 'error': {'Error': 'X', 'Cause': 'syntax error'}}");

        assertThat(execution.cause()).isEqualTo("Step merge_pbj failed: syntax error");
    }

    @Test
    void errorPathThatIsNotAString_failsWithStatesRuntime() {
        Execution execution = runFail("\"ErrorPath\": \"$.code\"", "{'code': 42}");

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).contains("must resolve to a string");
    }

    @Test
    void failWithoutErrorOrCause_reportsNeither() {
        Execution execution = runFail("", "{}");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isNull();
        assertThat(execution.cause()).isNull();
    }
}
