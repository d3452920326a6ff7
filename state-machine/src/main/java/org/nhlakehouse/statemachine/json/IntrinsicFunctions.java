package org.nhlakehouse.statemachine.json;

import static org.nhlakehouse.statemachine.json.IntrinsicArguments.array;
import static org.nhlakehouse.statemachine.json.IntrinsicArguments.failure;
import static org.nhlakehouse.statemachine.json.IntrinsicArguments.integer;
import static org.nhlakehouse.statemachine.json.IntrinsicArguments.limited;
import static org.nhlakehouse.statemachine.json.IntrinsicArguments.positive;
import static org.nhlakehouse.statemachine.json.IntrinsicArguments.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.StringTokenizer;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The JSONPath intrinsic functions the local executor implements, with the argument rules of the
 * <a href="https://states-language.net/spec.html#appendix-b">spec, Appendix B</a> and the AWS limits (10,000
 * characters for hashing and Base64, 1,000 items for ArrayRange, shallow JsonMerge only).
 */
public final class IntrinsicFunctions {

    private static final Set<String> HASH_ALGORITHMS = Set.of("MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512");
    private static final int VARIADIC = Integer.MAX_VALUE;
    private static final Map<String, int[]> ARITY = Map.ofEntries(
            Map.entry("States.Format", new int[] { 1, VARIADIC }),
            Map.entry("States.StringToJson", new int[] { 1, 1 }),
            Map.entry("States.JsonToString", new int[] { 1, 1 }),
            Map.entry("States.Array", new int[] { 0, VARIADIC }),
            Map.entry("States.ArrayPartition", new int[] { 2, 2 }),
            Map.entry("States.ArrayContains", new int[] { 2, 2 }),
            Map.entry("States.ArrayRange", new int[] { 3, 3 }),
            Map.entry("States.ArrayGetItem", new int[] { 2, 2 }),
            Map.entry("States.ArrayLength", new int[] { 1, 1 }),
            Map.entry("States.ArrayUnique", new int[] { 1, 1 }),
            Map.entry("States.Base64Encode", new int[] { 1, 1 }),
            Map.entry("States.Base64Decode", new int[] { 1, 1 }),
            Map.entry("States.Hash", new int[] { 2, 2 }),
            Map.entry("States.JsonMerge", new int[] { 3, 3 }),
            Map.entry("States.MathAdd", new int[] { 2, 2 }),
            Map.entry("States.StringSplit", new int[] { 2, 2 }),
            Map.entry("States.UUID", new int[] { 0, 0 }));

    private IntrinsicFunctions() {
    }

    /** {min, max} argument counts of a supported function, or null when the name is not supported. */
    static int[] arity(String name) {
        return ARITY.get(name);
    }

    /** Evaluates a call against the payload template's input and the Context Object. */
    public static JsonNode evaluate(IntrinsicCall call, JsonNode input, JsonNode context, Random random)
            throws EvaluationException {
        List<JsonNode> args = new ArrayList<>();
        for (IntrinsicCall.Argument argument : call.arguments()) {
            args.add(switch (argument) {
                case IntrinsicCall.StringLiteral s -> TextNode.valueOf(s.value());
                case IntrinsicCall.Literal l -> l.value();
                case IntrinsicCall.PathArgument p -> p.path().read(input, context);
                case IntrinsicCall.CallArgument c -> evaluate(c.call(), input, context, random);
            });
        }
        String name = call.name();
        return switch (name) {
            case "States.Format" -> format(call, args);
            case "States.StringToJson" -> stringToJson(text(name, args, 0));
            case "States.JsonToString" -> TextNode.valueOf(Json.write(args.get(0)));
            case "States.Array" -> Json.array().addAll(args);
            case "States.ArrayPartition" ->
                partition(array(name, args, 0), positive(name, args, 1));
            case "States.ArrayContains" -> BooleanNode.valueOf(contains(array(name, args, 0), args.get(1)));
            case "States.ArrayRange" ->
                range(name, integer(name, args, 0), integer(name, args, 1),
                        integer(name, args, 2));
            case "States.ArrayGetItem" ->
                getItem(name, array(name, args, 0), integer(name, args, 1));
            case "States.ArrayLength" -> Json.number(array(name, args, 0).size());
            case "States.ArrayUnique" -> unique(array(name, args, 0));
            case "States.Base64Encode" -> TextNode.valueOf(Base64.getEncoder()
                    .encodeToString(limited(name, text(name, args, 0))
                            .getBytes(StandardCharsets.UTF_8)));
            case "States.Base64Decode" ->
                base64Decode(name, limited(name, text(name, args, 0)));
            case "States.Hash" -> hash(name, args.get(0), text(name, args, 1));
            case "States.JsonMerge" -> merge(name, args);
            case "States.MathAdd" ->
                add(name, integer(name, args, 0), integer(name, args, 1));
            case "States.StringSplit" -> split(text(name, args, 0), text(name, args, 1));
            case "States.UUID" -> TextNode.valueOf(uuid(random).toString());
            default -> throw failure(name, "is not supported");
        };
    }

    private static JsonNode format(IntrinsicCall call, List<JsonNode> args) throws EvaluationException {
        String name = call.name();
        String template = call.arguments().get(0) instanceof IntrinsicCall.StringLiteral literal ? literal.raw()
                : text(name, args, 0);
        StringBuilder out = new StringBuilder();
        int next = 1;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '\\' && i + 1 < template.length()) {
                out.append(template.charAt(++i));
            } else if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                if (next >= args.size()) {
                    throw failure(name, "has more {} placeholders than arguments");
                }
                JsonNode value = args.get(next++);
                if (value.isContainerNode()) {
                    throw failure(name,
                            "cannot format an object or array: " + Json.truncate(Json.write(value), 80));
                }
                out.append(value.isTextual() ? value.textValue() : Json.write(value));
                i++;
            } else {
                out.append(c);
            }
        }
        if (next != args.size()) {
            throw failure(name,
                    "has " + (args.size() - 1) + " arguments for " + (next - 1) + " {} placeholders");
        }
        return TextNode.valueOf(out.toString());
    }

    private static JsonNode stringToJson(String text) throws EvaluationException {
        try {
            return Json.parse(text);
        } catch (JsonProcessingException e) {
            throw failure("States.StringToJson", "argument is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static JsonNode partition(ArrayNode array, long size) {
        ArrayNode out = Json.array();
        for (int i = 0; i < array.size(); i += (int) size) {
            ArrayNode chunk = out.addArray();
            for (int j = i; j < Math.min(array.size(), i + size); j++) {
                chunk.add(array.get(j));
            }
        }
        return out;
    }

    private static boolean contains(ArrayNode array, JsonNode value) {
        for (JsonNode element : array) {
            if (element.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode range(String name, long start, long end, long step) throws EvaluationException {
        if (step == 0) {
            throw failure(name, "step must not be zero");
        }
        ArrayNode out = Json.array();
        for (long v = start; step > 0 ? v <= end : v >= end; v += step) {
            if (out.size() == 1000) {
                throw failure(name, "would produce more than 1000 items");
            }
            out.add(Json.number(v));
        }
        return out;
    }

    private static JsonNode getItem(String name, ArrayNode array, long index) throws EvaluationException {
        if (index < 0 || index >= array.size()) {
            throw failure(name, "index " + index + " is out of range for an array of " + array.size());
        }
        return array.get((int) index);
    }

    private static JsonNode unique(ArrayNode array) {
        ArrayNode out = Json.array();
        new LinkedHashSet<JsonNode>(array.valueStream().toList()).forEach(out::add);
        return out;
    }

    private static JsonNode base64Decode(String name, String text) throws EvaluationException {
        try {
            return TextNode.valueOf(new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw failure(name, "argument is not Base64: " + e.getMessage());
        }
    }

    private static JsonNode hash(String name, JsonNode data, String algorithm) throws EvaluationException {
        if (!HASH_ALGORITHMS.contains(algorithm)) {
            throw failure(name, "algorithm must be one of " + HASH_ALGORITHMS + ", not '" + algorithm + "'");
        }
        String text = limited(name, data.isTextual() ? data.textValue() : Json.write(data));
        try {
            byte[] digest = MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
            return TextNode.valueOf(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw failure(name, "algorithm " + algorithm + " is not available in this JVM");
        }
    }

    private static JsonNode merge(String name, List<JsonNode> args) throws EvaluationException {
        if (!(args.get(0) instanceof ObjectNode first) || !(args.get(1) instanceof ObjectNode second)) {
            throw failure(name, "the first two arguments must be JSON objects");
        }
        if (!args.get(2).isBoolean() || args.get(2).booleanValue()) {
            // Step Functions only supports the shallow mode, so the third argument must be false.
            throw failure(name, "the third argument must be false (only shallow merge is supported)");
        }
        ObjectNode out = first.deepCopy();
        out.setAll(second);
        return out;
    }

    private static JsonNode add(String name, long a, long b) throws EvaluationException {
        try {
            return Json.number(Math.addExact(a, b));
        } catch (ArithmeticException e) {
            throw failure(name, "overflows: " + a + " + " + b);
        }
    }

    private static JsonNode split(String text, String delimiters) {
        // AWS treats every character of the second argument as a delimiter.
        ArrayNode out = Json.array();
        StringTokenizer tokens = new StringTokenizer(text, delimiters);
        while (tokens.hasMoreTokens()) {
            out.add(tokens.nextToken());
        }
        return out;
    }

    private static UUID uuid(Random random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        bytes[6] = (byte) (bytes[6] & 0x0f | 0x40); // version 4
        bytes[8] = (byte) (bytes[8] & 0x3f | 0x80); // IETF variant
        long most = 0;
        long least = 0;
        for (int i = 0; i < 8; i++) {
            most = most << 8 | bytes[i] & 0xff;
            least = least << 8 | bytes[i + 8] & 0xff;
        }
        return new UUID(most, least);
    }
}
