package org.nhlakehouse.core.engine;

import java.util.Objects;

/** Identifies a submitted statement (Athena's {@code QueryExecutionId}). */
public record QueryHandle(String id) {
    public QueryHandle {
        Objects.requireNonNull(id, "id");
    }
}
