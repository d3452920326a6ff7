package org.nhlakehouse.statemachine.json;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parsed intrinsic function invocation such as {@code States.Format('Step {} failed', $.stepId)}
 * (<a href="https://states-language.net/spec.html#intrinsic-functions">spec, "Intrinsic Functions"</a>).
 * Parse with {@link IntrinsicParser}; evaluate with {@link IntrinsicFunctions}.
 */
public record IntrinsicCall(String name, List<Argument> arguments) {

    public IntrinsicCall {
        arguments = List.copyOf(arguments);
    }

    /** One argument: a literal, a path, or a nested call. */
    public sealed interface Argument permits StringLiteral, Literal, PathArgument, CallArgument {
    }

    /**
     * A quoted string. {@code value} has the escapes resolved; {@code raw} keeps {@code \{ \}} so that
     * {@code States.Format} can tell an escaped brace from a placeholder.
     */
    public record StringLiteral(String value, String raw) implements Argument {
    }

    /** A number, {@code true}, {@code false} or {@code null}. */
    public record Literal(JsonNode value) implements Argument {
    }

    public record PathArgument(JsonPathExpression path) implements Argument {
    }

    public record CallArgument(IntrinsicCall call) implements Argument {
    }
}
