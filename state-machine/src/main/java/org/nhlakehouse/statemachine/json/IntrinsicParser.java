package org.nhlakehouse.statemachine.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.NullNode;

/**
 * Parses intrinsic function text: a name of {@code [A-Za-z0-9._]}, then parenthesised, comma-separated arguments that
 * are quoted strings (escapes {@code \' \{ \} \\}), numbers, {@code null}, booleans, paths or nested calls. Names and
 * argument counts are checked against {@link IntrinsicFunctions#arity}, so a definition with a typo fails to load
 * rather than at run time.
 */
public final class IntrinsicParser {

    private final String text;
    private int pos;

    private IntrinsicParser(String text) {
        this.text = text;
    }

    /**
     * @throws IllegalArgumentException naming the problem and its position
     */
    public static IntrinsicCall parse(String text) {
        IntrinsicParser parser = new IntrinsicParser(text);
        IntrinsicCall call = parser.call();
        parser.skipSpaces();
        if (parser.pos != text.length()) {
            throw parser.error("unexpected text after the closing parenthesis");
        }
        return call;
    }

    private IntrinsicCall call() {
        skipSpaces();
        int start = pos;
        while (pos < text.length() && isNameChar(text.charAt(pos))) {
            pos++;
        }
        String name = text.substring(start, pos);
        if (name.isEmpty()) {
            throw error("expected an intrinsic function name");
        }
        int[] arity = IntrinsicFunctions.arity(name);
        if (arity == null) {
            throw error("'" + name + "' is not an intrinsic function the local executor supports");
        }
        expect('(');
        List<IntrinsicCall.Argument> arguments = new ArrayList<>();
        skipSpaces();
        if (peek() == ')') {
            pos++;
        } else {
            while (true) {
                arguments.add(argument());
                skipSpaces();
                char c = next();
                if (c == ')') {
                    break;
                }
                if (c != ',') {
                    pos--;
                    throw error("expected ',' or ')'");
                }
            }
        }
        if (arguments.size() < arity[0] || arguments.size() > arity[1]) {
            throw new IllegalArgumentException(name + " takes " + describe(arity) + " but was given "
                    + arguments.size() + " in '" + text + "'");
        }
        return new IntrinsicCall(name, arguments);
    }

    private IntrinsicCall.Argument argument() {
        skipSpaces();
        char c = peek();
        if (c == '\'') {
            return string();
        }
        if (c == '$') {
            return new IntrinsicCall.PathArgument(path());
        }
        if (c == '-' || Character.isDigit(c)) {
            return number();
        }
        for (String keyword : new String[] { "null", "true", "false" }) {
            if (text.startsWith(keyword, pos) && !isNameChar(charAt(pos + keyword.length()))) {
                pos += keyword.length();
                return new IntrinsicCall.Literal(switch (keyword) {
                    case "null" -> NullNode.getInstance();
                    case "true" -> BooleanNode.TRUE;
                    default -> BooleanNode.FALSE;
                });
            }
        }
        if (isNameChar(c)) {
            return new IntrinsicCall.CallArgument(call());
        }
        throw error("expected an argument");
    }

    private IntrinsicCall.StringLiteral string() {
        pos++; // opening quote
        StringBuilder value = new StringBuilder();
        StringBuilder raw = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '\'') {
                return new IntrinsicCall.StringLiteral(value.toString(), raw.toString());
            }
            if (c == '\\') {
                char escaped = charAt(pos);
                if ("'{}\\".indexOf(escaped) < 0 || pos >= text.length()) {
                    throw error("open escape backslash: only \\' \\{ \\} and \\\\ are allowed");
                }
                pos++;
                value.append(escaped);
                raw.append('\\').append(escaped);
            } else {
                value.append(c);
                raw.append(c);
            }
        }
    }

    private JsonPathExpression path() {
        int start = pos;
        int brackets = 0;
        char quote = 0;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[') {
                brackets++;
            } else if (c == ']') {
                brackets--;
            } else if (brackets == 0 && (c == ',' || c == ')')) {
                break;
            }
            pos++;
        }
        String path = text.substring(start, pos).strip();
        try {
            return JsonPathExpression.parse(path);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " in '" + text + "'", e);
        }
    }

    private IntrinsicCall.Literal number() {
        int start = pos;
        pos++;
        while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
            pos++;
        }
        String number = text.substring(start, pos);
        try {
            BigDecimal value = new BigDecimal(number);
            boolean integral = number.matches("-?\\d+");
            // The same node types Jackson produces when parsing JSON, so results compare equal to parsed JSON.
            return new IntrinsicCall.Literal(integral ? Json.number(value.longValueExact())
                    : DoubleNode.valueOf(value.doubleValue()));
        } catch (ArithmeticException | NumberFormatException e) {
            throw error("'" + number + "' is not a number");
        }
    }

    private static String describe(int[] arity) {
        if (arity[1] == Integer.MAX_VALUE) {
            return arity[0] + " or more arguments";
        }
        return arity[0] == arity[1] ? arity[0] + " argument(s)" : arity[0] + " to " + arity[1] + " arguments";
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) && c < 128 || c == '.' || c == '_';
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char peek() {
        return charAt(pos);
    }

    private char charAt(int index) {
        return index < text.length() ? text.charAt(index) : '\0';
    }

    private char next() {
        if (pos >= text.length()) {
            throw error("unexpected end");
        }
        return text.charAt(pos++);
    }

    private void expect(char c) {
        skipSpaces();
        if (next() != c) {
            pos--;
            throw error("expected '" + c + "'");
        }
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(
                "invalid intrinsic function '" + text + "': " + message + " (at position " + pos + ")");
    }
}
