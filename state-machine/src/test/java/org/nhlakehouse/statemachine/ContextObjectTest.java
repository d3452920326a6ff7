package org.nhlakehouse.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nhlakehouse.statemachine.Asl.json;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.statemachine.task.TaskRegistry;
import org.nhlakehouse.statemachine.time.VirtualClock;

/** The Context Object ($$) as Step Functions fills it for JSONPath states. */
class ContextObjectTest {

    @Test
    void contextObject_describesTheExecutionMachineAndState() {
        VirtualClock clock = new VirtualClock();
        LocalExecutor executor = LocalExecutor.builder(TaskRegistry.builder().build()).clock(clock)
                .arnScope("eu-west-3", "111122223333").build();
        StateMachine machine = StateMachine.load("Pipeline", """
                {"StartAt": "Wait a bit", "States": {
                  "Wait a bit": {"Type": "Wait", "Seconds": 2, "Next": "Describe"},
                  "Describe": {"Type": "Pass", "Parameters": {
                    "executionId.$": "$$.Execution.Id", "executionName.$": "$$.Execution.Name",
                    "startTime.$": "$$.Execution.StartTime", "input.$": "$$.Execution.Input",
                    "machineId.$": "$$.StateMachine.Id", "machineName.$": "$$.StateMachine.Name",
                    "state.$": "$$.State.Name", "entered.$": "$$.State.EnteredTime",
                    "retries.$": "$$.State.RetryCount"}, "End": true}}}
                """, java.util.Map.of());

        Execution execution = executor.run(machine, "run-42", json("{'day': '2024-06-01'}"));

        assertThat(execution.executionArn()).isEqualTo("arn:aws:states:eu-west-3:111122223333:execution:Pipeline:run-42");
        assertThat(execution.output()).isEqualTo(json("""
                {'executionId': 'arn:aws:states:eu-west-3:111122223333:execution:Pipeline:run-42',
                 'executionName': 'run-42', 'startTime': '2024-01-01T00:00:00.000Z', 'input': {'day': '2024-06-01'},
                 'machineId': 'arn:aws:states:eu-west-3:111122223333:stateMachine:Pipeline',
                 'machineName': 'Pipeline', 'state': 'Describe', 'entered': '2024-01-01T00:00:02.000Z', 'retries': 0}
                """));
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void mapItemContext_isOnlyAvailableInTheItemSelector() {
        Execution execution = Asl.harness().run("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "End": true,
                  "ItemSelector": {"i.$": "$$.Map.Item.Index"},
                  "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass",
                    "Parameters": {"i.$": "$$.Map.Item.Index"}, "End": true}}}}}}
                """, "['a']");

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).contains("The JSONPath '$$.Map.Item.Index' could not be found in the context"
                + " object");
    }

    @Test
    void contextPathsWorkInChoiceVariablesAndIntrinsicArguments() {
        Execution execution = Asl.harness().run("""
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$$.State.Name", "StringEquals": "C",
                        "Next": "P"}]},
                  "P": {"Type": "Pass", "Parameters": {
                        "label.$": "States.Format('{}/{}', $$.Execution.Name, $$.State.Name)"}, "End": true}}}
                """, "{}");

        assertThat(execution.output()).isEqualTo(json("{'label': 'test-execution/P'}"));
    }
}
