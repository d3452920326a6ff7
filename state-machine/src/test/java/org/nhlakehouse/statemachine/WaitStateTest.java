package org.nhlakehouse.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nhlakehouse.statemachine.Asl.json;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.statemachine.history.HistoryEvent;
import org.nhlakehouse.statemachine.history.HistoryEventType;

/** Wait states on the virtual clock: the durations asked of the clock are exactly the ones the definition says. */
class WaitStateTest {

    private final Asl.Harness harness = Asl.harness();

    private Execution runWait(String waitField, String input) {
        return harness.run("""
                {"StartAt": "W", "States": {"W": {"Type": "Wait", %s, "Next": "Done"},
                                            "Done": {"Type": "Pass", "End": true}}}
                """.formatted(waitField), input);
    }

    @Test
    void seconds_waitsThatLong() {
        Execution execution = runWait("\"Seconds\": 10", "{'a': 1}");

        assertThat(execution.output()).isEqualTo(json("{'a': 1}"));
        assertThat(harness.sleeps()).containsExactly(Duration.ofSeconds(10));
        assertThat(execution.stopDate()).isEqualTo(execution.startDate().plusSeconds(10));
    }

    @Test
    void secondsPath_readsTheEffectiveInput() {
        harness.run("""
                {"StartAt": "W", "States": {"W": {"Type": "Wait", "InputPath": "$.cfg", "SecondsPath": "$.delay",
                  "End": true}}}
                """, "{'cfg': {'delay': 42}}");

        assertThat(harness.sleeps()).containsExactly(Duration.ofSeconds(42));
    }

    @Test
    void timestamp_waitsUntilThatInstant_andNotAtAllWhenItHasPassed() {
        // The virtual clock starts at 2024-01-01T00:00:00Z.
        runWait("\"Timestamp\": \"2024-01-01T00:01:30Z\"", "{}");
        runWait("\"Timestamp\": \"2023-12-31T23:00:00Z\"", "{}");

        assertThat(harness.sleeps()).containsExactly(Duration.ofSeconds(90), Duration.ZERO);
    }

    @Test
    void timestampPath_acceptsOffsets() {
        runWait("\"TimestampPath\": \"$.until\"", "{'until': '2024-01-01T01:00:05+01:00'}");

        assertThat(harness.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void invalidSecondsPathValue_failsWithStatesRuntime() {
        Execution negative = runWait("\"SecondsPath\": \"$.s\"", "{'s': -1}");
        Execution text = runWait("\"TimestampPath\": \"$.s\"", "{'s': 'tomorrow'}");

        assertThat(negative.error()).isEqualTo("States.Runtime");
        assertThat(negative.cause()).contains("must select a non-negative integer");
        assertThat(text.error()).isEqualTo("States.Runtime");
        assertThat(text.cause()).contains("must select an RFC 3339 timestamp");
    }

    @Test
    void history_recordsTheWait() {
        Execution execution = runWait("\"Seconds\": 3", "{}");

        HistoryEvent started = execution.history().ofType(HistoryEventType.WaitStateStarted).get(0);
        assertThat(started.detail("name")).isEqualTo("W");
        assertThat(started.details().get("seconds").asDouble()).isEqualTo(3.0);
        assertThat(started.detail("until")).isEqualTo("2024-01-01T00:00:03.000Z");
        HistoryEvent exited = execution.history().ofType(HistoryEventType.WaitStateExited).get(0);
        assertThat(exited.timestamp()).isEqualTo(started.timestamp().plusSeconds(3));
    }
}
