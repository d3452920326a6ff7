package org.nhlakehouse.statemachine.model;

/** A Succeed state: ends the machine, a Parallel branch or a Map iteration successfully. */
public record SucceedState(String name, InputOutput io) implements State {
}
