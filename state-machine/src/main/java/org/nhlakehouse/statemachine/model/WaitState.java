package org.nhlakehouse.statemachine.model;

import java.time.Instant;

import org.nhlakehouse.statemachine.json.JsonPathExpression;

/** A Wait state with exactly one of Seconds, SecondsPath, Timestamp or TimestampPath. */
public record WaitState(String name, InputOutput io, WaitTime waitTime, Transition transition) implements State {

    /** How long to wait. */
    public sealed interface WaitTime permits Seconds, SecondsPath, Timestamp, TimestampPath {
    }

    public record Seconds(long seconds) implements WaitTime {
    }

    public record SecondsPath(JsonPathExpression path) implements WaitTime {
    }

    public record Timestamp(Instant instant) implements WaitTime {
    }

    public record TimestampPath(JsonPathExpression path) implements WaitTime {
    }
}
