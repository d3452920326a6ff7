package org.nhlakehouse.statemachine.parse;

import org.nhlakehouse.statemachine.json.IntrinsicCall;
import org.nhlakehouse.statemachine.json.IntrinsicParser;
import org.nhlakehouse.statemachine.json.JsonPathExpression;
import org.nhlakehouse.statemachine.json.PayloadTemplate;
import org.nhlakehouse.statemachine.model.FailState;
import org.nhlakehouse.statemachine.model.InputOutput;
import org.nhlakehouse.statemachine.model.PathField;
import org.nhlakehouse.statemachine.model.ResultPathField;
import org.nhlakehouse.statemachine.model.Transition;

import com.fasterxml.jackson.databind.JsonNode;

/** Typed reads of definition fields that report what is wrong (with the state and field) instead of throwing. */
final class Fields {

    /** Step Functions' ceiling for second counts (TimeoutSeconds, IntervalSeconds, MaxAttempts...). */
    static final long MAX_SECONDS = 99_999_999L;

    private final JsonNode node;
    private final String where;
    private final Problems problems;

    Fields(JsonNode node, String where, Problems problems) {
        this.node = node;
        this.where = where;
        this.problems = problems;
    }

    boolean has(String field) {
        return node.has(field);
    }

    JsonNode get(String field) {
        return node.get(field);
    }

    String where() {
        return where;
    }

    Problems problems() {
        return problems;
    }

    void error(String message) {
        problems.error(where, message);
    }

    String string(String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null) {
            if (required) {
                error("field '" + field + "' is required");
            }
            return null;
        }
        if (!value.isTextual() || value.textValue().isEmpty()) {
            error("field '" + field + "' must be a non-empty string");
            return null;
        }
        return value.textValue();
    }

    /** An integer in [min, MAX_SECONDS], or null when absent or invalid. */
    Long integer(String field, long min) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || value.longValue() < min || value.longValue() > MAX_SECONDS) {
            error("field '" + field + "' must be an integer between " + min + " and " + MAX_SECONDS + ", not " + value);
            return null;
        }
        return value.longValue();
    }

    PathField pathField(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return PathField.ROOT;
        }
        if (value.isNull()) {
            return PathField.NULL;
        }
        JsonPathExpression path = path(field, false);
        return path == null ? PathField.ROOT : new PathField(path);
    }

    /** A Path (or Reference Path) field given as a string; null when absent or invalid. */
    JsonPathExpression path(String field, boolean reference) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            error("field '" + field + "' must be a JSONPath string, not " + value);
            return null;
        }
        try {
            return reference ? JsonPathExpression.parseReference(value.textValue())
                    : JsonPathExpression.parse(value.textValue());
        } catch (IllegalArgumentException e) {
            error("field '" + field + "': " + e.getMessage());
            return null;
        }
    }

    ResultPathField resultPath(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return ResultPathField.ROOT;
        }
        if (value.isNull()) {
            return ResultPathField.NULL;
        }
        if (value.isTextual() && value.textValue().startsWith("$$")) {
            error("field '" + field + "' must not write into the context object ('$$')");
            return ResultPathField.ROOT;
        }
        JsonPathExpression path = path(field, true);
        return path == null ? ResultPathField.ROOT : new ResultPathField(path.reference());
    }

    PayloadTemplate template(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return null;
        }
        try {
            return PayloadTemplate.compile(value);
        } catch (IllegalArgumentException e) {
            error("field '" + field + "': " + e.getMessage());
            return null;
        }
    }

    /** The data-flow fields; absent ones (and fields the state type does not allow) take their defaults. */
    InputOutput inputOutput() {
        return new InputOutput(pathField("InputPath"), template("Parameters"), template("ResultSelector"),
                resultPath("ResultPath"), pathField("OutputPath"));
    }

    /** Next or {@code "End": true}, exactly one of them. */
    Transition transition() {
        JsonNode end = node.get("End");
        if (end != null && !end.isBoolean()) {
            error("field 'End' must be a boolean");
        }
        boolean isEnd = end != null && end.booleanValue();
        String next = string("Next", false);
        if (node.has("Next") && isEnd) {
            error("has both 'Next' and \"End\": true; it must have exactly one");
        } else if (!node.has("Next") && !isEnd) {
            error("must have a 'Next' field or \"End\": true");
        }
        return next == null ? Transition.END : new Transition(next);
    }

    /** Error/Cause given directly, or ErrorPath/CausePath as a reference path or intrinsic function. */
    FailState.Text failText(String field, String pathField) {
        if (node.has(field) && node.has(pathField)) {
            error("must not have both '" + field + "' and '" + pathField + "'");
            return null;
        }
        if (node.has(field)) {
            String value = string(field, false);
            return value == null ? null : new FailState.Fixed(value);
        }
        JsonNode value = node.get(pathField);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            error("field '" + pathField + "' must be a reference path or an intrinsic function string");
            return null;
        }
        try {
            if (value.textValue().startsWith("$")) {
                return new FailState.FromPath(JsonPathExpression.parseReference(value.textValue()));
            }
            IntrinsicCall call = IntrinsicParser.parse(value.textValue());
            return new FailState.FromFunction(call);
        } catch (IllegalArgumentException e) {
            error("field '" + pathField + "': " + e.getMessage());
            return null;
        }
    }
}
