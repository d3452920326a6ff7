package org.nhlakehouse.statemachine.runtime;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Where a run of states happens (the top level, a Parallel branch, a Map iteration) and whether it has been cancelled
 * because a sibling branch failed. Cancelling a scope cancels everything nested in it.
 */
final class Scope {

    private final String label;
    private final Scope parent;
    private final AtomicBoolean cancelled;

    private Scope(String label, Scope parent, AtomicBoolean cancelled) {
        this.label = label;
        this.parent = parent;
        this.cancelled = cancelled;
    }

    static Scope root() {
        return new Scope("", null, new AtomicBoolean());
    }

    /** A nested scope that {@code group} can cancel together with its siblings. */
    Scope child(String name, AtomicBoolean group) {
        return new Scope(label.isEmpty() ? name : label + " > " + name, this, group);
    }

    String label() {
        return label;
    }

    boolean isCancelled() {
        return cancelled.get() || parent != null && parent.isCancelled();
    }

    /** Stops the calling branch if its scope was cancelled or its thread interrupted. */
    void checkActive() throws InterruptedException {
        if (Thread.currentThread().isInterrupted() || isCancelled()) {
            throw new InterruptedException("branch cancelled: " + label);
        }
    }
}
