package org.nhlakehouse.statemachine.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A compiled Payload Template ({@code Parameters}, {@code ResultSelector}, {@code ItemSelector}): fields whose names end
 * in {@code .$} take their value from a path on the input, a {@code $$.} path on the Context Object, or an intrinsic
 * function, at any depth, including inside arrays as Step Functions does
 * (<a href="https://states-language.net/spec.html#payload-template">spec, "Payload Template"</a>).
 */
public final class PayloadTemplate {

    private sealed interface Node permits Literal, ObjectTemplate, ArrayTemplate, PathValue, CallValue {
    }

    private record Literal(JsonNode value) implements Node {
    }

    private record ObjectTemplate(Map<String, Node> fields) implements Node {
    }

    private record ArrayTemplate(List<Node> elements) implements Node {
    }

    private record PathValue(JsonPathExpression path, String field) implements Node {
    }

    private record CallValue(IntrinsicCall call, String field) implements Node {
    }

    private final Node root;
    private final List<JsonPathExpression> paths;

    private PayloadTemplate(Node root, List<JsonPathExpression> paths) {
        this.root = root;
        this.paths = List.copyOf(paths);
    }

    /**
     * Compiles a template, checking every path and intrinsic function.
     *
     * @throws IllegalArgumentException naming the field at fault
     */
    public static PayloadTemplate compile(JsonNode template) {
        List<JsonPathExpression> paths = new ArrayList<>();
        return new PayloadTemplate(compile(template, "", paths), paths);
    }

    private static Node compile(JsonNode node, String location, List<JsonPathExpression> paths) {
        if (node instanceof ObjectNode object) {
            Map<String, Node> fields = new LinkedHashMap<>();
            Set<String> names = new HashSet<>();
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                String key = entry.getKey();
                String where = location.isEmpty() ? key : location + "." + key;
                boolean dynamic = key.endsWith(".$");
                String name = dynamic ? key.substring(0, key.length() - 2) : key;
                if (!names.add(name)) {
                    throw new IllegalArgumentException("field '" + where + "' duplicates '" + name + "'");
                }
                fields.put(name, dynamic ? dynamic(entry.getValue(), where, paths) : compile(entry.getValue(), where, paths));
            }
            return new ObjectTemplate(fields);
        }
        if (node instanceof ArrayNode array) {
            List<Node> elements = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                elements.add(compile(array.get(i), location + "[" + i + "]", paths));
            }
            return new ArrayTemplate(elements);
        }
        return new Literal(node);
    }

    private static Node dynamic(JsonNode value, String where, List<JsonPathExpression> paths) {
        if (!value.isTextual()) {
            throw new IllegalArgumentException("field '" + where + "' ends in '.$' so its value must be a string"
                    + " holding a path or an intrinsic function");
        }
        String text = value.textValue();
        try {
            if (text.startsWith("$")) {
                JsonPathExpression path = JsonPathExpression.parse(text);
                paths.add(path);
                return new PathValue(path, where);
            }
            IntrinsicCall call = IntrinsicParser.parse(text);
            collectPaths(call, paths);
            return new CallValue(call, where);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("field '" + where + "': " + e.getMessage(), e);
        }
    }

    private static void collectPaths(IntrinsicCall call, List<JsonPathExpression> paths) {
        for (IntrinsicCall.Argument argument : call.arguments()) {
            if (argument instanceof IntrinsicCall.PathArgument path) {
                paths.add(path.path());
            } else if (argument instanceof IntrinsicCall.CallArgument nested) {
                collectPaths(nested.call(), paths);
            }
        }
    }

    /** Every path the template reads, including those inside intrinsic functions. */
    public List<JsonPathExpression> paths() {
        return paths;
    }

    /** Produces the payload for one input; the result shares no mutable structure with the template. */
    public JsonNode apply(JsonNode input, JsonNode context, Random random) throws EvaluationException {
        return apply(root, input, context, random);
    }

    private static JsonNode apply(Node node, JsonNode input, JsonNode context, Random random)
            throws EvaluationException {
        return switch (node) {
            case Literal literal -> literal.value().deepCopy();
            case ObjectTemplate object -> {
                ObjectNode out = Json.object();
                for (Map.Entry<String, Node> field : object.fields().entrySet()) {
                    out.set(field.getKey(), apply(field.getValue(), input, context, random));
                }
                yield out;
            }
            case ArrayTemplate array -> {
                ArrayNode out = Json.array();
                for (Node element : array.elements()) {
                    out.add(apply(element, input, context, random));
                }
                yield out;
            }
            case PathValue path -> {
                try {
                    yield path.path().read(input, context);
                } catch (EvaluationException e) {
                    throw new EvaluationException(e.kind(), e.getMessage() + " for the field '" + path.field() + "'");
                }
            }
            case CallValue call -> {
                try {
                    yield IntrinsicFunctions.evaluate(call.call(), input, context, random);
                } catch (EvaluationException e) {
                    throw new EvaluationException(e.kind(), e.getMessage() + " in the field '" + call.field() + "'");
                }
            }
        };
    }
}
