package org.nhlakehouse.statemachine.model;

import java.util.List;

/** A Choice state; {@code defaultNext} is null when there is no {@code Default}. */
public record ChoiceState(String name, InputOutput io, List<ChoiceBranch> choices, String defaultNext)
        implements
            State {

    public ChoiceState {
        choices = List.copyOf(choices);
    }

    /** A top-level Choice Rule with its {@code Next}. */
    public record ChoiceBranch(ChoiceRule rule, String next) {
    }
}
