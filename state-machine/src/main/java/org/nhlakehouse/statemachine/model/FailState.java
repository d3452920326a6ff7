package org.nhlakehouse.statemachine.model;

import org.nhlakehouse.statemachine.json.IntrinsicCall;
import org.nhlakehouse.statemachine.json.JsonPathExpression;

/**
 * A Fail state. Error and Cause are each a fixed string ({@code Error}, {@code Cause}), a reference path or an
 * intrinsic function ({@code ErrorPath}, {@code CausePath}) evaluated on the state input, or absent (null).
 */
public record FailState(String name, Text error, Text cause) implements State {

    /** Where an error or cause string comes from. */
    public sealed interface Text permits Fixed, FromPath, FromFunction {
    }

    public record Fixed(String value) implements Text {
    }

    public record FromPath(JsonPathExpression path) implements Text {
    }

    public record FromFunction(IntrinsicCall call) implements Text {
    }
}
