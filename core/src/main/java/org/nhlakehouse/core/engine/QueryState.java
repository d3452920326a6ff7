package org.nhlakehouse.core.engine;

/** Lifecycle of a submitted statement, as Athena reports it. */
public enum QueryState {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELLED;

    public boolean isTerminal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
