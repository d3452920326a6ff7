package org.nhlakehouse.statemachine.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.JsonPathException;

/**
 * A States Language Path: a JSONPath applied to the state's data, or, when it starts with {@code $$}, to the Context
 * Object (<a href="https://states-language.net/spec.html#path">spec, "Paths"</a>). Evaluation is Jayway JsonPath on
 * Jackson trees.
 */
public final class JsonPathExpression {

    private final String text;
    private final boolean contextPath;
    private final JsonPath compiled;
    /** Set for definite paths this class can walk itself, to tell a missing node from an explicit null. */
    private final ReferencePath reference;

    private JsonPathExpression(String text, boolean contextPath, JsonPath compiled, ReferencePath reference) {
        this.text = text;
        this.contextPath = contextPath;
        this.compiled = compiled;
        this.reference = reference;
    }

    /**
     * Compiles a Path ({@code $...} or {@code $$...}).
     *
     * @throws IllegalArgumentException with the reason, when the text is not a valid path
     */
    public static JsonPathExpression parse(String text) {
        if (text == null || !text.startsWith("$")) {
            throw new IllegalArgumentException("'" + text + "' is not a JSONPath: it must start with '$'");
        }
        boolean context = text.startsWith("$$");
        String jsonPath = context ? text.substring(1) : text;
        if (jsonPath.endsWith("[") || jsonPath.endsWith(".")) {
            throw new IllegalArgumentException("'" + text + "' is not a valid JSONPath: it is incomplete");
        }
        JsonPath compiled;
        try {
            compiled = JsonPath.compile(jsonPath);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid JSONPath: " + e.getMessage(), e);
        }
        ReferencePath reference = null;
        if (compiled.isDefinite()) {
            try {
                reference = ReferencePath.parse(jsonPath);
            } catch (IllegalArgumentException e) {
                reference = null;
            }
        }
        return new JsonPathExpression(text, context, compiled, reference);
    }

    /**
     * Compiles a Reference Path: a path that names exactly one node, without {@code @ , : ?} operators.
     *
     * @throws IllegalArgumentException when the text is not a reference path
     */
    public static JsonPathExpression parseReference(String text) {
        JsonPathExpression path = parse(text);
        if (path.reference == null) {
            throw new IllegalArgumentException("'" + text + "' is not a reference path: it must name a single node"
                    + " (no wildcards, filters, slices or functions)");
        }
        return path;
    }

    public String text() {
        return text;
    }

    /** Whether the path reads the Context Object ({@code $$.}) rather than the state's data. */
    public boolean isContextPath() {
        return contextPath;
    }

    /** The reference-path view of this path, or null when the path is not a reference path. */
    public ReferencePath reference() {
        return reference;
    }

    /**
     * Applies the path. A definite path that selects nothing is an error; an indefinite one yields an array of what it
     * selected (possibly empty), as the spec describes.
     */
    public JsonNode read(JsonNode input, JsonNode context) throws EvaluationException {
        JsonNode target = contextPath ? context : input;
        if (target == null) {
            throw missing("it was applied to nothing");
        }
        Object value;
        try {
            value = compiled.read(target, Json.JSON_PATH);
        } catch (JsonPathException e) {
            throw missing(e.getMessage());
        }
        JsonNode node = value instanceof JsonNode json ? json : Json.MAPPER.valueToTree(value);
        if (node == null) {
            node = NullNode.getInstance();
        }
        if (node.isNull() && reference != null && reference.find(target).isEmpty()) {
            // Jayway answers null for an array index out of range; Step Functions reports a missing path.
            throw missing("no such node");
        }
        return node;
    }

    private EvaluationException missing(String reason) {
        return new EvaluationException(EvaluationException.Kind.PATH,
                "The JSONPath '" + text + "' could not be found in the " + (contextPath ? "context object" : "input")
                        + " (" + reason + ")");
    }

    @Override
    public String toString() {
        return text;
    }
}
