package org.nhlakehouse.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nhlakehouse.statemachine.Asl.json;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.statemachine.history.HistoryEvent;
import org.nhlakehouse.statemachine.history.HistoryEventType;

import com.fasterxml.jackson.databind.JsonNode;

class ExecutionHistoryTest {

    private final Asl.Harness harness = Asl.harness().handler("work", input -> {
        return json("{'rows': 3}");
    });

    private Execution runSimple() {
        return harness.run("""
                {"StartAt": "Start", "States": {
                  "Start": {"Type": "Pass", "Next": "Pause"},
                  "Pause": {"Type": "Wait", "Seconds": 4, "Next": "Work"},
                  "Work": {"Type": "Task", "Resource": "work", "End": true}}}
                """, "{'big': '" + "b".repeat(500) + "'}");
    }

    @Test
    void events_comeInOrder_withSequenceIdsAndClockTimestamps() {
        Execution execution = runSimple();

        List<HistoryEvent> events = execution.history().events();
        assertThat(events).extracting(HistoryEvent::type).containsExactly(HistoryEventType.ExecutionStarted,
                HistoryEventType.PassStateEntered, HistoryEventType.PassStateExited, HistoryEventType.WaitStateEntered,
                HistoryEventType.WaitStateStarted, HistoryEventType.WaitStateExited, HistoryEventType.TaskStateEntered,
                HistoryEventType.TaskScheduled, HistoryEventType.TaskStarted, HistoryEventType.TaskSucceeded,
                HistoryEventType.TaskStateExited, HistoryEventType.ExecutionSucceeded);
        assertThat(events).extracting(HistoryEvent::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L,
                12L);
        assertThat(events.get(4).timestamp()).isEqualTo(execution.startDate());
        assertThat(events.get(5).timestamp()).isEqualTo(execution.startDate().plus(Duration.ofSeconds(4)));
        assertThat(events.get(11).detail("output")).isEqualTo("{\"rows\":3}");
    }

    @Test
    void render_printsOneLinePerEvent_withPayloadsCut() {
        String text = runSimple().history().render(50);

        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(12);
        assertThat(lines.get(0)).startsWith("   1  2024-01-01T00:00:00.000Z  ExecutionStarted")
                .contains("input={\"big\":\"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb…(+460 chars)");
        assertThat(lines.get(6)).contains("TaskStateEntered").contains("name=Work");
    }

    @Test
    void report_ofASuccessIsOneLine_andOfAFailureIncludesTheHistory() {
        Execution success = runSimple();
        Execution failure = harness.run("""
                {"StartAt": "F", "States": {"F": {"Type": "Fail", "Error": "Bad", "Cause": "very bad"}}}
                """, "{}");

        assertThat(success.report()).isEqualTo("Execution 'test-execution' SUCCEEDED: {\"rows\":3}\n");
        assertThat(failure.report()).startsWith("Execution 'test-execution' FAILED: Bad - very bad\n")
                .contains("FailStateEntered").contains("ExecutionFailed");
    }

    @Test
    void toJson_followsTheGetExecutionHistoryLayout() {
        JsonNode json = runSimple().history().toJson();

        JsonNode scheduled = json.get("events").get(7);
        assertThat(scheduled.get("id").asLong()).isEqualTo(8);
        assertThat(scheduled.get("type").asText()).isEqualTo("TaskScheduled");
        assertThat(scheduled.get("timestamp").asText()).isEqualTo("2024-01-01T00:00:04.000Z");
        assertThat(scheduled.at("/taskScheduledEventDetails/resource").asText()).isEqualTo("work");
        assertThat(json.get("events").get(1).at("/stateEnteredEventDetails/name").asText()).isEqualTo("Start");
    }
}
