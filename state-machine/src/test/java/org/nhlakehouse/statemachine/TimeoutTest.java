package org.nhlakehouse.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nhlakehouse.statemachine.Asl.json;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.statemachine.history.HistoryEventType;

/** Task TimeoutSeconds and the machine's TimeoutSeconds, measured on the virtual clock. */
class TimeoutTest {

    private final AtomicInteger calls = new AtomicInteger();
    private final Asl.Harness harness = Asl.harness();

    {
        // The first call "takes" 100 s of virtual time, later calls 1 s.
        harness.handler("slow", input -> {
            harness.clock().sleep(Duration.ofSeconds(calls.incrementAndGet() == 1 ? 100 : 1));
            return json("{'done': true}");
        });
    }

    @Test
    void taskTimeout_failsWithStatesTimeout_whichRetryCanHandle() {
        Execution execution = harness.run("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "slow", "TimeoutSeconds": 5,
                  "Retry": [{"ErrorEquals": ["States.Timeout"], "IntervalSeconds": 2}], "End": true}}}
                """, "{}");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(calls).hasValue(2);
        assertThat(execution.history().ofType(HistoryEventType.TaskTimedOut)).singleElement()
                .satisfies(e -> assertThat(e.detail("error")).isEqualTo("States.Timeout"));
        // Timed out at 5 s (not 100 s), waited 2 s, then a 1 s call.
        assertThat(Duration.between(execution.startDate(), execution.stopDate())).isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void taskFailedDoesNotMatchTimeout_butStatesAllDoes() {
        Execution execution = harness.run("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "slow", "TimeoutSeconds": 5,
                  "Retry": [{"ErrorEquals": ["States.TaskFailed"]}], "End": true,
                  "Catch": [{"ErrorEquals": ["States.TaskFailed"], "Next": "Wrong"},
                            {"ErrorEquals": ["States.ALL"], "Next": "Right"}]},
                  "Wrong": {"Type": "Fail", "Error": "Wrong"},
                  "Right": {"Type": "Pass", "End": true}}}
                """, "{}");

        assertThat(calls).hasValue(1);
        assertThat(execution.output().get("Error").asText()).isEqualTo("States.Timeout");
    }

    @Test
    void machineTimeout_endsTheExecutionAtItsDeadline() {
        Execution execution = harness.run("""
                {"TimeoutSeconds": 30, "StartAt": "W", "States": {
                  "W": {"Type": "Wait", "Seconds": 60, "Next": "After"},
                  "After": {"Type": "Pass", "End": true}}}
                """, "{}");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(execution.error()).isEqualTo("States.Timeout");
        assertThat(Duration.between(execution.startDate(), execution.stopDate())).isEqualTo(Duration.ofSeconds(30));
        assertThat(execution.history().ofType(HistoryEventType.ExecutionTimedOut)).hasSize(1);
        assertThat(execution.history().ofType(HistoryEventType.PassStateEntered)).isEmpty();
    }

    @Test
    void machineTimeout_cannotBeCaughtByATask() {
        Execution execution = harness.run("""
                {"TimeoutSeconds": 30, "StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "slow", "End": true,
                        "Retry": [{"ErrorEquals": ["States.ALL"]}],
                        "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Caught"}]},
                  "Caught": {"Type": "Succeed"}}}
                """, "{}");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(calls).hasValue(1);
        assertThat(execution.history().ofType(HistoryEventType.TaskTimedOut)).as("not a task timeout").isEmpty();
    }

    @Test
    void machineTimeout_alsoBoundsRetryDelays() {
        Execution execution = harness.run("""
                {"TimeoutSeconds": 120, "StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "slow", "TimeoutSeconds": 10, "End": true,
                        "Retry": [{"ErrorEquals": ["States.Timeout"], "IntervalSeconds": 500}]}}}
                """, "{}");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.TIMED_OUT);
        assertThat(harness.sleeps()).containsExactly(Duration.ofSeconds(100), Duration.ofSeconds(110));
        assertThat(Duration.between(execution.startDate(), execution.stopDate())).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void endlessPollingLoop_isStoppedByTheHistoryLimit() {
        LocalExecutor executor = LocalExecutor.builder(org.nhlakehouse.statemachine.task.TaskRegistry.builder()
                .register("poll", input -> json("{'status': 'RUNNING'}")).build())
                .clock(harness.clock()).maxHistoryEvents(200).build();

        Execution execution = executor.run(Asl.machine("""
                {"StartAt": "Check", "States": {
                  "Check": {"Type": "Task", "Resource": "poll", "Next": "Done?"},
                  "Done?": {"Type": "Choice", "Choices": [{"Variable": "$.status", "StringEquals": "RUNNING",
                            "Next": "Wait"}], "Default": "Finished"},
                  "Wait": {"Type": "Wait", "Seconds": 5, "Next": "Check"},
                  "Finished": {"Type": "Succeed"}}}
                """), json("{}"));

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).contains("reached 200 history events");
    }
}
