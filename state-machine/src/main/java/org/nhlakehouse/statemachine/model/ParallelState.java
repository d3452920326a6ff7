package org.nhlakehouse.statemachine.model;

import java.util.List;

/** A Parallel state: every branch runs on the same effective input; the result is the array of branch outputs. */
public record ParallelState(String name, InputOutput io, List<StateGraph> branches, ErrorHandling errorHandling,
        Transition transition) implements State {

    public ParallelState {
        branches = List.copyOf(branches);
    }
}
