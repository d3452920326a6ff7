package org.nhlakehouse.statemachine.runtime;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.nhlakehouse.statemachine.history.HistoryEventType;
import org.nhlakehouse.statemachine.json.Json;
import org.nhlakehouse.statemachine.model.Catcher;
import org.nhlakehouse.statemachine.model.ErrorHandling;
import org.nhlakehouse.statemachine.model.JitterStrategy;
import org.nhlakehouse.statemachine.model.Retrier;
import org.nhlakehouse.statemachine.model.StatesErrors;
import org.nhlakehouse.statemachine.model.Transition;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Retry and Catch for Task, Parallel and Map states
 * (<a href="https://states-language.net/spec.html#error-handling">spec, "Error Handling"</a>): the first retrier whose
 * ErrorEquals matches decides (its attempt count is kept across the whole visit to the state, so an exhausted retrier
 * does not fall through to later ones); the n-th retry of a retrier waits IntervalSeconds × BackoffRate^(n-1), capped
 * by MaxDelaySeconds, and with FULL jitter a uniformly random share of that. When retries are exhausted or none
 * matches, the first matching catcher places the Error Output by its ResultPath and moves to its Next.
 */
final class ErrorHandler {

    /** One try of a state's work. */
    @FunctionalInterface
    interface Attempt {
        JsonNode run() throws StatesError, InterruptedException;
    }

    private final ExecutionRun run;
    private final DataFlow flow;

    ErrorHandler(ExecutionRun run, DataFlow flow) {
        this.run = run;
        this.flow = flow;
    }

    GraphRunner.Step run(StateVisit visit, ErrorHandling handling, JsonNode raw, Transition transition,
            Attempt attempt) throws StatesError, InterruptedException {
        int[] retriesUsed = new int[handling.retriers().size()];
        while (true) {
            try {
                return new GraphRunner.Step(attempt.run(), transition.next());
            } catch (StatesError failure) {
                if (!failure.isHandleable()) {
                    throw failure;
                }
                int index = firstMatch(handling.retriers().stream().map(Retrier::errorEquals).toList(),
                        failure.error());
                if (index >= 0 && retriesUsed[index] < handling.retriers().get(index).maxAttempts()) {
                    Retrier retrier = handling.retriers().get(index);
                    retriesUsed[index]++;
                    Duration delay = delay(retrier, retriesUsed[index], run.settings().random());
                    run.record(HistoryEventType.RetryScheduled, visit.scope(), "name", visit.name(), "error",
                            failure.error(), "retrier", index, "attempt", visit.retryCount() + 1, "delaySeconds",
                            delay.toMillis() / 1000.0);
                    run.sleep(delay);
                    visit.retried();
                    continue;
                }
                index = firstMatch(handling.catchers().stream().map(Catcher::errorEquals).toList(),
                        failure.error());
                if (index < 0) {
                    throw failure;
                }
                Catcher catcher = handling.catchers().get(index);
                ObjectNode errorOutput = Json.object();
                errorOutput.put("Error", failure.error());
                if (failure.cause() != null) {
                    errorOutput.put("Cause", failure.cause());
                }
                return new GraphRunner.Step(flow.resultPath(catcher.resultPath(), raw, errorOutput, visit),
                        catcher.next());
            }
        }
    }

    private static int firstMatch(List<List<String>> errorEquals, String error) {
        for (int i = 0; i < errorEquals.size(); i++) {
            for (String pattern : errorEquals.get(i)) {
                if (StatesErrors.matches(pattern, error)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The wait before the {@code attempt}-th retry (1-based) of one retrier. */
    static Duration delay(Retrier retrier, int attempt, Random random) {
        double seconds = retrier.intervalSeconds() * Math.pow(retrier.backoffRate(), attempt - 1);
        if (retrier.maxDelaySeconds() != null) {
            seconds = Math.min(seconds, retrier.maxDelaySeconds());
        }
        if (retrier.jitterStrategy() == JitterStrategy.FULL) {
            seconds = random.nextDouble() * seconds;
        }
        seconds = Math.min(seconds, 99_999_999.0);
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
