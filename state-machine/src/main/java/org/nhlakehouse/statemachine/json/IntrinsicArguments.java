package org.nhlakehouse.statemachine.json;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/** Argument checks shared by the intrinsic functions; each failure names the function and the argument. */
final class IntrinsicArguments {

    /** AWS limit on the string argument of States.Hash, States.Base64Encode and States.Base64Decode. */
    private static final int MAX_STRING = 10_000;

    private IntrinsicArguments() {
    }

    static String text(String name, List<JsonNode> args, int index) throws EvaluationException {
        JsonNode value = args.get(index);
        if (!value.isTextual()) {
            throw failure(name, "argument " + (index + 1) + " must be a string, not " + Json.write(value));
        }
        return value.textValue();
    }

    static String limited(String name, String text) throws EvaluationException {
        if (text.length() > MAX_STRING) {
            throw failure(name, "argument is longer than " + MAX_STRING + " characters");
        }
        return text;
    }

    static ArrayNode array(String name, List<JsonNode> args, int index) throws EvaluationException {
        if (!(args.get(index) instanceof ArrayNode array)) {
            throw failure(name, "argument " + (index + 1) + " must be an array");
        }
        return array;
    }

    static long integer(String name, List<JsonNode> args, int index) throws EvaluationException {
        JsonNode value = args.get(index);
        if (!value.isNumber() || value.decimalValue().stripTrailingZeros().scale() > 0) {
            throw failure(name, "argument " + (index + 1) + " must be an integer, not " + Json.write(value));
        }
        return value.longValue();
    }

    static long positive(String name, List<JsonNode> args, int index) throws EvaluationException {
        long value = integer(name, args, index);
        if (value <= 0) {
            throw failure(name, "argument " + (index + 1) + " must be a positive integer");
        }
        return value;
    }

    static EvaluationException failure(String name, String message) {
        return new EvaluationException(EvaluationException.Kind.INTRINSIC, name + " " + message);
    }
}
