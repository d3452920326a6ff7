package org.nhlakehouse.statemachine.runtime;

import java.time.Duration;
import java.time.Instant;

import org.nhlakehouse.statemachine.history.HistoryEvent;
import org.nhlakehouse.statemachine.history.HistoryEventType;
import org.nhlakehouse.statemachine.json.Json;
import org.nhlakehouse.statemachine.json.Timestamps;
import org.nhlakehouse.statemachine.model.StatesErrors;
import org.nhlakehouse.statemachine.time.ExecutionClock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The state of one running execution: its settings, history, Context Object base and deadline
 * ({@code TimeoutSeconds} of the machine). All waiting goes through {@link #sleep} so the deadline is honoured.
 */
final class ExecutionRun {

    private final RuntimeSettings settings;
    private final HistoryRecorder history;
    private final ObjectNode executionContext;
    private final Instant deadline;
    private final Integer timeoutSeconds;

    ExecutionRun(RuntimeSettings settings, String stateMachineName, String executionName, JsonNode input,
            Integer timeoutSeconds) {
        this.settings = settings;
        this.history = new HistoryRecorder(settings.clock());
        Instant start = settings.clock().now();
        this.timeoutSeconds = timeoutSeconds;
        this.deadline = timeoutSeconds == null ? null : start.plusSeconds(timeoutSeconds);
        String arnPrefix = "arn:aws:states:" + settings.region() + ":" + settings.accountId() + ":";
        executionContext = Json.object();
        ObjectNode execution = executionContext.putObject("Execution");
        execution.put("Id", arnPrefix + "execution:" + stateMachineName + ":" + executionName);
        execution.set("Input", input);
        execution.put("Name", executionName);
        execution.put("RoleArn", "arn:aws:iam::" + settings.accountId() + ":role/local-executor");
        execution.put("StartTime", Timestamps.format(start));
        ObjectNode machine = executionContext.putObject("StateMachine");
        machine.put("Id", arnPrefix + "stateMachine:" + stateMachineName);
        machine.put("Name", stateMachineName);
    }

    RuntimeSettings settings() {
        return settings;
    }

    ExecutionClock clock() {
        return settings.clock();
    }

    String executionArn() {
        return executionContext.get("Execution").get("Id").textValue();
    }

    HistoryRecorder history() {
        return history;
    }

    HistoryEvent record(HistoryEventType type, Scope scope, Object... keyValues) {
        return history.record(type, scope, keyValues);
    }

    StateVisit enter(String stateName, Scope scope, long enteredEventId) {
        return new StateVisit(stateName, scope, enteredEventId, clock().now(), executionContext);
    }

    /** Time left before the machine times out, or null when it has no TimeoutSeconds. */
    Duration remaining() {
        return deadline == null ? null : Duration.between(clock().now(), deadline);
    }

    /** Fails the execution as TIMED_OUT once its deadline has passed, and stops runaway loops. */
    void checkAlive() throws StatesError {
        if (deadline != null && !clock().now().isBefore(deadline)) {
            throw timedOut();
        }
        if (history.size() >= settings.maxHistoryEvents()) {
            throw StatesError.of(StatesErrors.RUNTIME, "The execution reached " + settings.maxHistoryEvents()
                    + " history events, the Step Functions limit for one execution (a polling loop that never"
                    + " ends?)");
        }
    }

    /** Waits on the clock, but never past the execution's deadline. */
    void sleep(Duration duration) throws StatesError, InterruptedException {
        Duration remaining = remaining();
        if (remaining != null && duration.compareTo(remaining) >= 0) {
            clock().sleep(remaining.isNegative() ? Duration.ZERO : remaining);
            throw timedOut();
        }
        clock().sleep(duration);
    }

    StatesError timedOut() {
        return StatesError.executionTimedOut("The execution exceeded its TimeoutSeconds of " + timeoutSeconds);
    }

    /** Enforces the payload quota; exceeding it is terminal ({@code States.DataLimitExceeded}). */
    void checkSize(JsonNode payload, String what, StateVisit visit) throws StatesError {
        int size = Json.sizeInBytes(payload);
        if (size > settings.maxPayloadBytes()) {
            throw StatesError.of(StatesErrors.DATA_LIMIT_EXCEEDED, visit.errorPrefix() + "The " + what + " of "
                    + size + " bytes exceeds the maximum of " + settings.maxPayloadBytes() + " bytes.");
        }
    }
}
