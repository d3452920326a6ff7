package org.nhlakehouse.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nhlakehouse.statemachine.Asl.json;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.statemachine.history.HistoryEvent;
import org.nhlakehouse.statemachine.history.HistoryEventType;
import org.nhlakehouse.statemachine.task.TaskFailedException;

/** Retriers: matching, attempt counting, back-off timing, MaxDelaySeconds and jitter, on the virtual clock. */
class RetryTest {

    private final AtomicInteger calls = new AtomicInteger();

    /** A task that fails with the given error names in turn, then succeeds. */
    private Asl.Harness failing(String... errors) {
        Deque<String> queue = new ArrayDeque<>(List.of(errors));
        return Asl.harness().handler("flaky", input -> {
            calls.incrementAndGet();
            String error = queue.poll();
            if (error != null) {
                throw new TaskFailedException(error, "attempt " + calls.get() + " failed");
            }
            return json("{'ok': true}");
        });
    }

    private static String task(String retry, String catchers) {
        String fallback = catchers.contains("\"Z\"") ? ", \"Z\": {\"Type\": \"Pass\", \"End\": true}" : "";
        return """
                {"StartAt": "X", "States": {
                  "X": {"Type": "Task", "Resource": "flaky", "Next": "Y", "Retry": %s, "Catch": %s},
                  "Y": {"Type": "Succeed"}%s}}
                """.formatted(retry, catchers, fallback);
    }

    private static final String CATCH_ALL = "[{\"ErrorEquals\": [\"States.ALL\"], \"Next\": \"Z\"}]";

    @Test
    void retry_backsOffByIntervalTimesBackoffRate() {
        Asl.Harness harness = failing("Boom", "Boom", "Boom");

        Execution execution = harness.run(task("""
                [{"ErrorEquals": ["Boom"], "IntervalSeconds": 3, "MaxAttempts": 3, "BackoffRate": 1.5}]
                """, "[]"), "{}");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(calls).hasValue(4);
        assertThat(harness.sleeps()).containsExactly(Duration.ofMillis(3000), Duration.ofMillis(4500),
                Duration.ofMillis(6750));
    }

    @Test
    void retry_usesDefaultsOfOneSecondThreeAttemptsAndBackoffTwo() {
        Asl.Harness harness = failing("Boom", "Boom", "Boom", "Boom");

        Execution execution = harness.run(task("[{\"ErrorEquals\": [\"Boom\"]}]", "[]"), "{}");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("Boom");
        assertThat(execution.cause()).isEqualTo("attempt 4 failed");
        assertThat(calls).hasValue(4);
        assertThat(harness.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(4));
    }

    @Test
    void retry_withMaxAttemptsZero_neverRetries() {
        Asl.Harness harness = failing("Boom");

        Execution execution = harness.run(task("""
                [{"ErrorEquals": ["Boom"], "MaxAttempts": 0}, {"ErrorEquals": ["States.ALL"]}]
                """, "[]"), "{}");

        assertThat(execution.error()).isEqualTo("Boom");
        assertThat(calls).hasValue(1);
        assertThat(harness.sleeps()).isEmpty();
    }

    @Test
    void maxDelaySeconds_capsTheBackoff() {
        // The spec's example: waits of 3 then 4 (not 6) seconds.
        Asl.Harness slow = failing("Slow", "Slow");

        slow.run(task("""
                [{"ErrorEquals": ["Slow"], "IntervalSeconds": 3, "MaxAttempts": 2, "BackoffRate": 2.0,
                  "MaxDelaySeconds": 4}]
                """, "[]"), "{}");

        assertThat(slow.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(4));
    }

    @Test
    void fullJitter_drawsEachDelayBetweenZeroAndTheCappedBackoff() {
        String[] errors = new String[8];
        java.util.Arrays.fill(errors, "Boom");
        Asl.Harness harness = failing(errors);

        harness.run(task("""
                [{"ErrorEquals": ["Boom"], "IntervalSeconds": 2, "MaxAttempts": 8, "BackoffRate": 2.0,
                  "MaxDelaySeconds": 20, "JitterStrategy": "FULL"}]
                """, "[]"), "{}");

        List<Duration> sleeps = harness.sleeps();
        long[] caps = { 2, 4, 8, 16, 20, 20, 20, 20 };
        assertThat(sleeps).hasSize(8);
        for (int i = 0; i < sleeps.size(); i++) {
            assertThat(sleeps.get(i)).as("retry %d", i + 1).isBetween(Duration.ZERO, Duration.ofSeconds(caps[i]));
        }
        assertThat(sleeps).as("jittered, not the plain back-off")
                .isNotEqualTo(List.of(2L, 4L, 8L, 16L, 20L, 20L, 20L, 20L).stream().map(Duration::ofSeconds).toList());
    }

    @Test
    void fullJitter_isRepeatableWithTheSameSeed() {
        String retry = """
                [{"ErrorEquals": ["Boom"], "IntervalSeconds": 10, "MaxAttempts": 3, "JitterStrategy": "FULL"}]
                """;
        Asl.Harness first = failing("Boom", "Boom", "Boom");
        first.run(task(retry, "[]"), "{}");
        Asl.Harness second = failing("Boom", "Boom", "Boom");
        second.run(task(retry, "[]"), "{}");

        assertThat(first.sleeps()).isEqualTo(second.sleeps());
    }

    @Test
    void retrierCounters_lastForTheWholeVisit_asInTheSpecsComplexScenario() {
        // Errors ErrorA, ErrorB, ErrorC, ErrorB: waits of 1, 2 and 5 seconds, then the first retrier is exhausted
        // and the Catch sends the execution to Z.
        Asl.Harness harness = failing("ErrorA", "ErrorB", "ErrorC", "ErrorB", "ErrorB");

        Execution execution = harness.run(task("""
                [{"ErrorEquals": ["ErrorA", "ErrorB"], "IntervalSeconds": 1, "BackoffRate": 2, "MaxAttempts": 2},
                 {"ErrorEquals": ["ErrorC"], "IntervalSeconds": 5}]
                """, CATCH_ALL), "{}");

        assertThat(harness.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2),
                Duration.ofSeconds(5));
        assertThat(calls).hasValue(4);
        assertThat(execution.output()).isEqualTo(json("{'Error': 'ErrorB', 'Cause': 'attempt 4 failed'}"));
    }

    @Test
    void taskFailed_matchesAnyErrorExceptTimeout() {
        Asl.Harness harness = failing("Whatever");

        Execution execution = harness.run(task("[{\"ErrorEquals\": [\"States.TaskFailed\"], \"IntervalSeconds\": 7}]",
                "[]"), "{}");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(harness.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void history_recordsEachRetryWithItsAttemptAndDelay_andTheContextCountsRetries() {
        Asl.Harness harness = failing("Boom", "Boom");

        Execution execution = harness.run("""
                {"StartAt": "X", "States": {"X": {"Type": "Task", "Resource": "flaky", "End": true,
                  "Parameters": {"retry.$": "$$.State.RetryCount"}, "ResultSelector": {"ok.$": "$.ok"},
                  "Retry": [{"ErrorEquals": ["Boom"], "IntervalSeconds": 2}]}}}
                """, "{}");

        List<HistoryEvent> retries = execution.history().ofType(HistoryEventType.RetryScheduled);
        assertThat(retries).extracting(e -> e.details().get("attempt").asInt()).containsExactly(1, 2);
        assertThat(retries).extracting(e -> e.details().get("delaySeconds").asDouble()).containsExactly(2.0, 4.0);
        assertThat(retries).extracting(e -> e.detail("error")).containsOnly("Boom");
        assertThat(execution.history().ofType(HistoryEventType.TaskScheduled))
                .extracting(e -> e.detail("parameters"))
                .containsExactly("{\"retry\":0}", "{\"retry\":1}", "{\"retry\":2}");
        assertThat(execution.history().ofType(HistoryEventType.TaskStateEntered)).hasSize(1);
    }
}
