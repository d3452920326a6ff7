package org.nhlakehouse.statemachine.runtime;

import java.time.Duration;
import java.time.Instant;

import org.nhlakehouse.statemachine.history.HistoryEventType;
import org.nhlakehouse.statemachine.json.EvaluationException;
import org.nhlakehouse.statemachine.json.IntrinsicFunctions;
import org.nhlakehouse.statemachine.json.Json;
import org.nhlakehouse.statemachine.json.Timestamps;
import org.nhlakehouse.statemachine.model.ChoiceState;
import org.nhlakehouse.statemachine.model.FailState;
import org.nhlakehouse.statemachine.model.InputOutput;
import org.nhlakehouse.statemachine.model.PassState;
import org.nhlakehouse.statemachine.model.StatesErrors;
import org.nhlakehouse.statemachine.model.SucceedState;
import org.nhlakehouse.statemachine.model.WaitState;

import com.fasterxml.jackson.databind.JsonNode;

/** The states that do no external work: Pass, Succeed, Fail, Wait and Choice. */
final class SimpleStates {

    private final ExecutionRun run;
    private final DataFlow flow;
    private final ChoiceEvaluator choices;

    SimpleStates(ExecutionRun run, DataFlow flow) {
        this.run = run;
        this.flow = flow;
        this.choices = new ChoiceEvaluator(flow);
    }

    /** Result (or the effective input) placed by ResultPath into the raw input, then OutputPath. */
    GraphRunner.Step pass(PassState state, JsonNode raw, StateVisit visit) throws StatesError {
        InputOutput io = state.io();
        JsonNode effective = flow.effectiveInput(io.inputPath(), io.parameters(), raw, visit);
        run.checkSize(effective, "input after Parameters", visit);
        JsonNode result = state.result() != null ? state.result().deepCopy() : effective;
        JsonNode output = flow.outputPath(io.outputPath(), flow.resultPath(io.resultPath(), raw, result, visit),
                visit);
        run.checkSize(output, "output", visit);
        return new GraphRunner.Step(output, state.transition().next());
    }

    GraphRunner.Step succeed(SucceedState state, JsonNode raw, StateVisit visit) throws StatesError {
        JsonNode effective = flow.inputPath(state.io().inputPath(), raw, visit);
        return new GraphRunner.Step(flow.outputPath(state.io().outputPath(), effective, visit), null);
    }

    /** The failure a Fail state raises; Error/Cause paths and functions read the state's raw input. */
    StatesError fail(FailState state, JsonNode raw, StateVisit visit) throws StatesError {
        return StatesError.of(text(state.error(), raw, visit, "ErrorPath"), text(state.cause(), raw, visit,
                "CausePath"));
    }

    private String text(FailState.Text text, JsonNode raw, StateVisit visit, String field) throws StatesError {
        JsonNode value = switch (text) {
            case null -> null;
            case FailState.Fixed fixed -> Json.MAPPER.getNodeFactory().textNode(fixed.value());
            case FailState.FromPath path -> flow.read(path.path(), raw, visit, field);
            case FailState.FromFunction function -> {
                try {
                    yield IntrinsicFunctions.evaluate(function.call(), raw, visit.context(),
                            run.settings().random());
                } catch (EvaluationException e) {
                    throw StatesError.of(StatesErrors.RUNTIME, visit.errorPrefix() + e.getMessage());
                }
            }
        };
        if (value != null && !value.isTextual()) {
            throw StatesError.of(StatesErrors.RUNTIME, visit.errorPrefix() + "The field '" + field
                    + "' must resolve to a string, not " + Json.truncate(Json.write(value), 200));
        }
        return value == null ? null : value.textValue();
    }

    GraphRunner.Step waitState(WaitState state, JsonNode raw, StateVisit visit)
            throws StatesError, InterruptedException {
        JsonNode effective = flow.inputPath(state.io().inputPath(), raw, visit);
        Instant now = run.clock().now();
        Duration duration = switch (state.waitTime()) {
            case WaitState.Seconds seconds -> Duration.ofSeconds(seconds.seconds());
            case WaitState.Timestamp timestamp -> Duration.between(now, timestamp.instant());
            case WaitState.SecondsPath path -> {
                JsonNode value = flow.read(path.path(), effective, visit, "SecondsPath");
                if (!value.canConvertToExactIntegral() || !value.isNumber() || value.longValue() < 0) {
                    throw StatesError.of(StatesErrors.RUNTIME, visit.errorPrefix() + "The SecondsPath '"
                            + path.path() + "' must select a non-negative integer, not " + Json.write(value));
                }
                yield Duration.ofSeconds(value.longValue());
            }
            case WaitState.TimestampPath path -> {
                JsonNode value = flow.read(path.path(), effective, visit, "TimestampPath");
                Instant until = value.isTextual() ? Timestamps.parse(value.textValue()).orElse(null) : null;
                if (until == null) {
                    throw StatesError.of(StatesErrors.RUNTIME, visit.errorPrefix() + "The TimestampPath '"
                            + path.path() + "' must select an RFC 3339 timestamp, not " + Json.write(value));
                }
                yield Duration.between(now, until);
            }
        };
        if (duration.isNegative()) {
            duration = Duration.ZERO;
        }
        run.record(HistoryEventType.WaitStateStarted, visit.scope(), "name", visit.name(), "seconds",
                duration.toMillis() / 1000.0, "until", Timestamps.format(now.plus(duration)));
        run.sleep(duration);
        return new GraphRunner.Step(flow.outputPath(state.io().outputPath(), effective, visit),
                state.transition().next());
    }

    /**
     * The first matching rule's Next, else Default. With neither, AWS fails the execution with {@code States.Runtime}
     * (the spec's States.NoChoiceMatched is "reserved for future use" in the AWS error-handling guide).
     */
    GraphRunner.Step choice(ChoiceState state, JsonNode raw, StateVisit visit) throws StatesError {
        JsonNode effective = flow.inputPath(state.io().inputPath(), raw, visit);
        String next = null;
        for (ChoiceState.ChoiceBranch branch : state.choices()) {
            if (choices.matches(branch.rule(), effective, visit)) {
                next = branch.next();
                break;
            }
        }
        if (next == null) {
            next = state.defaultNext();
        }
        if (next == null) {
            throw StatesError.of(StatesErrors.RUNTIME, visit.errorPrefix() + "No Choice Rule matched and there is"
                    + " no Default (the spec's States.NoChoiceMatched). Input: "
                    + Json.truncate(Json.write(effective), 300));
        }
        return new GraphRunner.Step(flow.outputPath(state.io().outputPath(), effective, visit), next);
    }
}
