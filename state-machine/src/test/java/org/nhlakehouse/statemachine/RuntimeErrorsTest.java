package org.nhlakehouse.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nhlakehouse.statemachine.Asl.json;

import org.junit.jupiter.api.Test;

/** Path failures, ResultPath mismatches and the payload quota, and which of them Catch can handle. */
class RuntimeErrorsTest {

    private final Asl.Harness harness = Asl.harness().handler("echo", input -> input)
            .handler("big", input -> json("{'blob': '" + "x".repeat(LocalExecutor.MAX_PAYLOAD_BYTES) + "'}"));

    @Test
    void missingInputPath_failsWithStatesRuntime_evenWithCatchAll() {
        Execution execution = harness.run("""
                {"StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "echo", "InputPath": "$.missing", "End": true,
                        "Retry": [{"ErrorEquals": ["States.ALL"]}],
                        "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}]},
                  "Caught": {"Type": "Succeed"}}}
                """, "{'present': 1}");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).startsWith("An error occurred while executing the state 'T' (entered at the"
                + " event id #2). The JSONPath '$.missing' could not be found in the input")
                .contains("for the field 'InputPath'");
        assertThat(harness.sleeps()).as("States.Runtime is never retried").isEmpty();
    }

    @Test
    void missingParametersPath_failsWithStatesRuntime_namingTheField() {
        Execution execution = harness.run("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {"a.$": "$.nope"}, "End": true}}}
                """, "{}");

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).contains("Field 'Parameters'").contains("for the field 'a.$'");
    }

    @Test
    void resultPathMismatch_isStatesResultPathMatchFailure_andCanBeCaught() {
        Execution execution = harness.run("""
                {"StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "echo", "ResultPath": "$.x", "Next": "Done",
                        "Catch": [{"ErrorEquals": ["States.ResultPathMatchFailure"], "Next": "Caught"}]},
                  "Done": {"Type": "Succeed"},
                  "Caught": {"Type": "Pass", "End": true}}}
                """, "'a string input'");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output().get("Error").asText()).isEqualTo("States.ResultPathMatchFailure");
        assertThat(execution.output().get("Cause").asText()).contains("Unable to apply ResultPath '$.x'");
    }

    @Test
    void oversizedTaskResult_isStatesDataLimitExceeded_andCannotBeCaught() {
        Execution execution = harness.run("""
                {"StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "big", "End": true,
                        "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}]},
                  "Caught": {"Type": "Succeed"}}}
                """, "{}");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(execution.cause()).contains("The task result of 262155 bytes exceeds the maximum of 262144 bytes");
    }

    @Test
    void oversizedStateOutput_isStatesDataLimitExceeded() {
        Execution execution = harness.run("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": "%s", "ResultPath": "$.r", "End": true}}}
                """.formatted("y".repeat(LocalExecutor.MAX_PAYLOAD_BYTES - 10)), "{'pad': 'aaaaaaaaaaaaaaaa'}");

        assertThat(execution.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(execution.cause()).contains("The output of");
    }

    @Test
    void oversizedExecutionInput_failsBeforeAnyState() {
        Execution execution = harness.run("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}
                """, "{'blob': '" + "z".repeat(LocalExecutor.MAX_PAYLOAD_BYTES) + "'}");

        assertThat(execution.error()).isEqualTo("States.DataLimitExceeded");
        assertThat(execution.history().events()).hasSize(2);
    }

    @Test
    void payloadQuota_canBeLowered() {
        LocalExecutor small = LocalExecutor.builder(org.nhlakehouse.statemachine.task.TaskRegistry.builder().build())
                .maxPayloadBytes(10).build();

        Execution execution = small.run(Asl.machine("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "Result": "0123456789", "End": true}}}
                """), json("{}"));

        assertThat(execution.error()).isEqualTo("States.DataLimitExceeded");
    }
}
