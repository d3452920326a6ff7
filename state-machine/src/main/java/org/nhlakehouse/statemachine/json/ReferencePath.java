package org.nhlakehouse.statemachine.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A Reference Path: a JSONPath that can only name one node ({@code $.a.b}, {@code $['a b']}, {@code $.list[0]}).
 *
 * <p>
 * Reading goes through Jayway ({@link JsonPathExpression}); this class exists for the two things a JSONPath library
 * does not do the way the States Language needs: telling a missing node from an explicit {@code null}, and writing a
 * result into the raw input for {@code ResultPath}, creating intermediate objects as needed
 * (<a href="https://states-language.net/spec.html#filters">spec, "Input and Output Processing"</a>).
 */
public final class ReferencePath {

    private sealed interface Segment permits Field, Index {
    }

    private record Field(String name) implements Segment {
    }

    private record Index(int index) implements Segment {
    }

    private final String text;
    private final List<Segment> segments;

    private ReferencePath(String text, List<Segment> segments) {
        this.text = text;
        this.segments = List.copyOf(segments);
    }

    /**
     * Parses {@code $}, {@code .name}, {@code ['name']}, {@code ["name"]} and {@code [index]} segments.
     *
     * @throws IllegalArgumentException naming what is wrong, for anything else (wildcards, filters, slices...)
     */
    public static ReferencePath parse(String text) {
        if (text == null || !text.startsWith("$")) {
            throw new IllegalArgumentException("a reference path must start with '$'");
        }
        List<Segment> segments = new ArrayList<>();
        int i = 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    end++;
                }
                String name = text.substring(i + 1, end);
                if (name.isEmpty() || name.contains("*") || name.contains("(") || name.contains(" ")) {
                    throw new IllegalArgumentException("'" + text + "' is not a reference path (at position " + i + ")");
                }
                segments.add(new Field(name));
                i = end;
            } else if (c == '[') {
                i = parseBracket(text, i, segments);
            } else {
                throw new IllegalArgumentException("unexpected '" + c + "' at position " + i + " of '" + text + "'");
            }
        }
        return new ReferencePath(text, segments);
    }

    private static int parseBracket(String text, int open, List<Segment> segments) {
        int close = open + 1;
        if (close < text.length() && (text.charAt(close) == '\'' || text.charAt(close) == '"')) {
            char quote = text.charAt(close);
            int endQuote = text.indexOf(quote, close + 1);
            if (endQuote < 0 || endQuote + 1 >= text.length() || text.charAt(endQuote + 1) != ']') {
                throw new IllegalArgumentException("unterminated bracket at position " + open + " of '" + text + "'");
            }
            segments.add(new Field(text.substring(close + 1, endQuote)));
            return endQuote + 2;
        }
        int end = text.indexOf(']', open);
        if (end < 0) {
            throw new IllegalArgumentException("unterminated bracket at position " + open + " of '" + text + "'");
        }
        String index = text.substring(open + 1, end);
        if (!index.matches("\\d{1,9}")) {
            throw new IllegalArgumentException("'[" + index + "]' in '" + text + "' is not a single array index");
        }
        segments.add(new Index(Integer.parseInt(index)));
        return end + 1;
    }

    public String text() {
        return text;
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    /** The node at this path, or empty when it does not exist (an explicit JSON {@code null} is present). */
    public Optional<JsonNode> find(JsonNode root) {
        JsonNode current = root;
        for (Segment segment : segments) {
            current = child(current, segment);
            if (current == null) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(current);
    }

    private static JsonNode child(JsonNode node, Segment segment) {
        if (segment instanceof Field field) {
            return node instanceof ObjectNode object ? object.get(field.name()) : null;
        }
        int index = ((Index) segment).index();
        return node instanceof ArrayNode array && index < array.size() ? array.get(index) : null;
    }

    /**
     * A copy of {@code root} with {@code value} placed at this path. Missing intermediate fields become objects;
     * anything else that is in the way (a string where an object is needed, an array index out of range) is a
     * {@code States.ResultPathMatchFailure}.
     */
    public JsonNode set(JsonNode root, JsonNode value) throws EvaluationException {
        if (segments.isEmpty()) {
            return value;
        }
        JsonNode copy = root.deepCopy();
        JsonNode current = copy;
        for (int i = 0; i < segments.size() - 1; i++) {
            Segment segment = segments.get(i);
            JsonNode next = child(current, segment);
            if (next == null && segment instanceof Field field && current instanceof ObjectNode object) {
                next = object.putObject(field.name());
            }
            if (next == null || !next.isContainerNode()) {
                throw mismatch(root);
            }
            current = next;
        }
        Segment last = segments.get(segments.size() - 1);
        if (last instanceof Field field && current instanceof ObjectNode object) {
            object.set(field.name(), value);
        } else if (last instanceof Index index && current instanceof ArrayNode array && index.index() < array.size()) {
            array.set(index.index(), value);
        } else {
            throw mismatch(root);
        }
        return copy;
    }

    private EvaluationException mismatch(JsonNode root) {
        return new EvaluationException(EvaluationException.Kind.RESULT_PATH,
                "Unable to apply ResultPath '" + text + "' to input " + Json.truncate(Json.write(root), 200));
    }

    @Override
    public String toString() {
        return text;
    }
}
