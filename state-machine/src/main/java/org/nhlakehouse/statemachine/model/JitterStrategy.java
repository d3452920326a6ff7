package org.nhlakehouse.statemachine.model;

/** A retrier's {@code JitterStrategy}: FULL randomises each delay over [0, delay]; NONE (the default) does not. */
public enum JitterStrategy {
    FULL,
    NONE
}
