package org.nhlakehouse.statemachine.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nhlakehouse.statemachine.json.JsonPathExpression;
import org.nhlakehouse.statemachine.json.Timestamps;
import org.nhlakehouse.statemachine.model.ChoiceState;
import org.nhlakehouse.statemachine.model.FailState;
import org.nhlakehouse.statemachine.model.InputOutput;
import org.nhlakehouse.statemachine.model.MapState;
import org.nhlakehouse.statemachine.model.ParallelState;
import org.nhlakehouse.statemachine.model.PassState;
import org.nhlakehouse.statemachine.model.State;
import org.nhlakehouse.statemachine.model.StateGraph;
import org.nhlakehouse.statemachine.model.SucceedState;
import org.nhlakehouse.statemachine.model.TaskResources;
import org.nhlakehouse.statemachine.model.TaskState;
import org.nhlakehouse.statemachine.model.WaitState;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns a (substituted) ASL definition into the validated model, collecting every problem instead of stopping at the
 * first, so one load reports all that needs fixing.
 */
public final class DefinitionParser {

    /** What a parse produced; {@code graph} is only usable when {@code problems} has no errors. */
    public record Result(StateGraph graph, Integer timeoutSeconds, Problems problems) {
    }

    private static final int MAX_NAME_LENGTH = 80;

    private final Problems problems;
    private final Map<String, String> seenNames = new HashMap<>();
    private final ChoiceRuleParser choiceRules;

    private DefinitionParser(Problems problems) {
        this.problems = problems;
        this.choiceRules = new ChoiceRuleParser(problems);
    }

    public static Result parse(JsonNode definition, Problems problems) {
        return new DefinitionParser(problems).top(definition);
    }

    private Result top(JsonNode definition) {
        if (definition == null || !definition.isObject()) {
            problems.error("Definition", "must be a JSON object");
            return new Result(null, null, problems);
        }
        FieldRules.check(definition, "Definition", "the top level of a state machine", FieldRules.TOP_LEVEL,
                problems);
        Fields fields = new Fields(definition, "Definition", problems);
        Long timeout = fields.integer("TimeoutSeconds", 1);
        if (fields.has("Version")) {
            fields.string("Version", false);
        }
        StateGraph graph = graph(definition, "Definition");
        return new Result(graph, timeout == null ? null : timeout.intValue(), problems);
    }

    private StateGraph graph(JsonNode node, String where) {
        Fields fields = new Fields(node, where, problems);
        String startAt = fields.string("StartAt", true);
        JsonNode states = node.get("States");
        if (states == null || !states.isObject() || states.isEmpty()) {
            fields.error("field 'States' must be a non-empty object");
            return null;
        }
        int errorsBefore = problems.errorCount();
        Map<String, State> parsed = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> entry : states.properties()) {
            names.add(entry.getKey());
            State state = state(entry.getKey(), entry.getValue());
            if (state != null) {
                parsed.put(entry.getKey(), state);
            }
        }
        if (startAt != null && !names.contains(startAt)) {
            fields.error("StartAt '" + startAt + "' does not name a state of its 'States' object");
        }
        GraphValidator.check(startAt, parsed, names, problems.errorCount() == errorsBefore, problems);
        return new StateGraph(startAt, parsed);
    }

    private State state(String name, JsonNode node) {
        String where = "State '" + name + "'";
        if (name.length() > MAX_NAME_LENGTH) {
            problems.error(where, "the name is longer than " + MAX_NAME_LENGTH + " characters");
        }
        if (seenNames.putIfAbsent(name, where) != null) {
            problems.error(where, "the name is used more than once; state names must be unique in the whole machine,"
                    + " branches included");
        }
        if (!node.isObject()) {
            problems.error(where, "must be an object");
            return null;
        }
        Fields fields = new Fields(node, where, problems);
        String type = fields.string("Type", true);
        if (type == null) {
            return null;
        }
        if (!FieldRules.isStateType(type)) {
            fields.error("field 'Type' value '" + type + "' is not a state type");
            return null;
        }
        FieldRules.check(node, where, "a " + type + " state", FieldRules.stateFields(type), problems);
        return switch (type) {
            case "Task" -> task(name, fields);
            case "Pass" -> new PassState(name, fields.inputOutput(), node.get("Result"), fields.transition());
            case "Choice" -> new ChoiceState(name, fields.inputOutput(), choiceRules.parseChoices(fields),
                    fields.string("Default", false));
            case "Wait" -> wait(name, fields);
            case "Succeed" -> new SucceedState(name, fields.inputOutput());
            case "Fail" -> new FailState(name, fields.failText("Error", "ErrorPath"),
                    fields.failText("Cause", "CausePath"));
            case "Parallel" -> parallel(name, fields);
            default -> map(name, fields);
        };
    }

    private TaskState task(String name, Fields fields) {
        String resource = fields.string("Resource", true);
        Long timeout = fields.integer("TimeoutSeconds", 1);
        String functionName = null;
        if (TaskResources.isUnsupportedLambdaPattern(resource)) {
            fields.error("Resource '" + resource + "' is not supported by the local executor"
                    + " (only request-response arn:aws:states:::lambda:invoke)");
        } else if (TaskResources.isLambdaInvoke(resource)) {
            checkLambdaInvokeParameters(fields);
            JsonNode function = fields.has("Parameters") ? fields.get("Parameters").get("FunctionName") : null;
            functionName = function != null && function.isTextual() ? function.textValue() : null;
        }
        return new TaskState(name, fields.inputOutput(), resource, functionName,
                timeout == null ? null : timeout.intValue(), ErrorHandlingParser.parse(fields), fields.transition());
    }

    private static void checkLambdaInvokeParameters(Fields fields) {
        JsonNode parameters = fields.get("Parameters");
        if (parameters == null || !parameters.isObject()
                || !(parameters.has("FunctionName") || parameters.has("FunctionName.$"))) {
            fields.error("arn:aws:states:::lambda:invoke needs 'Parameters' with 'FunctionName'");
            return;
        }
        for (String field : (Iterable<String>) parameters::fieldNames) {
            if (!List.of("FunctionName", "FunctionName.$", "Payload", "Payload.$").contains(field)) {
                fields.error("field 'Parameters." + field + "' of arn:aws:states:::lambda:invoke is not supported"
                        + " by the local executor (FunctionName and Payload only)");
            }
        }
    }

    private WaitState wait(String name, Fields fields) {
        List<String> given = new ArrayList<>();
        for (String field : List.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath")) {
            if (fields.has(field)) {
                given.add(field);
            }
        }
        if (given.size() != 1) {
            fields.error("needs exactly one of Seconds, SecondsPath, Timestamp, TimestampPath; found " + given);
            return null;
        }
        WaitState.WaitTime time = switch (given.get(0)) {
            case "Seconds" -> {
                Long seconds = fields.integer("Seconds", 0);
                yield seconds == null ? null : new WaitState.Seconds(seconds);
            }
            case "Timestamp" -> {
                String text = fields.string("Timestamp", true);
                var instant = Timestamps.parse(text);
                if (text != null && instant.isEmpty()) {
                    fields.error("field 'Timestamp' value '" + text + "' is not an RFC 3339 timestamp such as"
                            + " 2016-03-14T01:59:00Z");
                }
                yield instant.map(WaitState.Timestamp::new).orElse(null);
            }
            case "SecondsPath" -> {
                JsonPathExpression path = fields.path("SecondsPath", true);
                yield path == null ? null : new WaitState.SecondsPath(path);
            }
            default -> {
                JsonPathExpression path = fields.path("TimestampPath", true);
                yield path == null ? null : new WaitState.TimestampPath(path);
            }
        };
        return new WaitState(name, fields.inputOutput(), time, fields.transition());
    }

    private ParallelState parallel(String name, Fields fields) {
        JsonNode branches = fields.get("Branches");
        List<StateGraph> graphs = new ArrayList<>();
        if (branches == null || !branches.isArray() || branches.isEmpty()) {
            fields.error("field 'Branches' must be a non-empty array");
        } else {
            for (int i = 0; i < branches.size(); i++) {
                String where = fields.where() + " Branches[" + i + "]";
                JsonNode branch = branches.get(i);
                if (!branch.isObject()) {
                    problems.error(where, "must be an object with StartAt and States");
                    continue;
                }
                FieldRules.check(branch, where, "a Parallel branch", FieldRules.BRANCH, problems);
                graphs.add(graph(branch, where));
            }
        }
        return new ParallelState(name, fields.inputOutput(), graphs, ErrorHandlingParser.parse(fields),
                fields.transition());
    }

    private MapState map(String name, Fields fields) {
        JsonPathExpression itemsPath = fields.path("ItemsPath", true);
        if (fields.has("ItemSelector") && fields.has("Parameters")) {
            fields.error("must not have both 'ItemSelector' and its deprecated form 'Parameters'");
        }
        if (fields.has("ItemProcessor") == fields.has("Iterator")) {
            fields.error("needs exactly one of 'ItemProcessor' and its deprecated form 'Iterator'");
            return null;
        }
        String processorField = fields.has("ItemProcessor") ? "ItemProcessor" : "Iterator";
        JsonNode processor = fields.get(processorField);
        String where = fields.where() + " " + processorField;
        if (!processor.isObject()) {
            problems.error(where, "must be an object with StartAt and States");
            return null;
        }
        FieldRules.check(processor, where, "an " + processorField, FieldRules.ITEM_PROCESSOR, problems);
        checkProcessorConfig(processor.get("ProcessorConfig"), where);
        StateGraph graph = graph(processor, where);
        Long maxConcurrency = fields.integer("MaxConcurrency", 0);
        InputOutput io = fields.inputOutput();
        // In a Map, "Parameters" is the deprecated name of ItemSelector, not the usual effective-input template.
        InputOutput mapIo = new InputOutput(io.inputPath(), null, io.resultSelector(), io.resultPath(),
                io.outputPath());
        return new MapState(name, mapIo, itemsPath,
                fields.template(fields.has("ItemSelector") ? "ItemSelector" : "Parameters"), graph,
                maxConcurrency == null ? 0 : maxConcurrency.intValue(), ErrorHandlingParser.parse(fields),
                fields.transition());
    }

    private void checkProcessorConfig(JsonNode config, String where) {
        if (config == null) {
            return;
        }
        if (!config.isObject()) {
            problems.error(where, "field 'ProcessorConfig' must be an object");
            return;
        }
        FieldRules.check(config, where + " ProcessorConfig", "a ProcessorConfig", Set.of("Mode"), problems);
        JsonNode mode = config.get("Mode");
        if (mode != null && !"INLINE".equals(mode.asText())) {
            problems.error(where, "ProcessorConfig Mode " + mode + " is not supported by the local executor"
                    + " (inline Map only)");
        }
    }
}
