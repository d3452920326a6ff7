package org.nhlakehouse.statemachine.runtime;

import java.time.Instant;

import org.nhlakehouse.statemachine.history.ExecutionHistory;
import org.nhlakehouse.statemachine.history.HistoryEventType;
import org.nhlakehouse.statemachine.json.Json;
import org.nhlakehouse.statemachine.model.StateGraph;
import org.nhlakehouse.statemachine.model.StatesErrors;

import com.fasterxml.jackson.databind.JsonNode;

/** Runs one execution of a validated state graph to completion. Entry point of the runtime for LocalExecutor. */
public final class ExecutionRunner {

    /** How the execution ended. */
    public enum Outcome {
        SUCCEEDED,
        FAILED,
        TIMED_OUT,
        ABORTED
    }

    /** The end state of an execution; {@code output} is set only when it succeeded. */
    public record Result(Outcome outcome, String executionArn, JsonNode output, String error, String cause,
            Instant startDate, Instant stopDate, ExecutionHistory history) {
    }

    private ExecutionRunner() {
    }

    public static Result run(RuntimeSettings settings, StateGraph graph, String stateMachineName,
            Integer timeoutSeconds, String executionName, JsonNode input) {
        ExecutionRun run = new ExecutionRun(settings, stateMachineName, executionName, input, timeoutSeconds);
        Scope scope = Scope.root();
        Instant start = settings.clock().now();
        run.record(HistoryEventType.ExecutionStarted, scope, "input", input, "roleArn",
                "arn:aws:iam::" + settings.accountId() + ":role/local-executor", "stateMachineArn",
                "arn:aws:states:" + settings.region() + ":" + settings.accountId() + ":stateMachine:"
                        + stateMachineName);
        try {
            if (Json.sizeInBytes(input) > settings.maxPayloadBytes()) {
                throw StatesError.of(StatesErrors.DATA_LIMIT_EXCEEDED, "The execution input of "
                        + Json.sizeInBytes(input) + " bytes exceeds the maximum of " + settings.maxPayloadBytes()
                        + " bytes.");
            }
            JsonNode output = new GraphRunner(run).run(graph, input, scope);
            run.record(HistoryEventType.ExecutionSucceeded, scope, "output", output);
            return result(run, Outcome.SUCCEEDED, output, null, null, start);
        } catch (StatesError e) {
            if (e.isExecutionTimeout()) {
                run.record(HistoryEventType.ExecutionTimedOut, scope, "error", e.error(), "cause", e.cause());
                return result(run, Outcome.TIMED_OUT, null, e.error(), e.cause(), start);
            }
            run.record(HistoryEventType.ExecutionFailed, scope, "error", e.error(), "cause", e.cause());
            return result(run, Outcome.FAILED, null, e.error(), e.cause(), start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            run.record(HistoryEventType.ExecutionFailed, scope, "error", "Local.Aborted", "cause",
                    "The thread running the execution was interrupted");
            return result(run, Outcome.ABORTED, null, "Local.Aborted",
                    "The thread running the execution was interrupted", start);
        }
    }

    private static Result result(ExecutionRun run, Outcome outcome, JsonNode output, String error, String cause,
            Instant start) {
        return new Result(outcome, run.executionArn(), output, error, cause, start, run.clock().now(),
                run.history().snapshot());
    }
}
