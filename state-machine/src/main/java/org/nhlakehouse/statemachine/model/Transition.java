package org.nhlakehouse.statemachine.model;

/** Where a state goes when it completes: the {@code Next} state, or nowhere for {@code "End": true}. */
public record Transition(String next) {

    public static final Transition END = new Transition(null);

    public boolean isEnd() {
        return next == null;
    }
}
