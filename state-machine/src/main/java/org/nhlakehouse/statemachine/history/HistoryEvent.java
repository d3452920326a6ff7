package org.nhlakehouse.statemachine.history;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One history event. {@code id} is the 1-based sequence number within the execution; {@code scope} says where the
 * event happened ("" for the top level, e.g. "Run steps[2]" inside a Map iteration or "Fan out/1" inside a Parallel
 * branch); {@code details} follows the field names of the matching AWS *EventDetails object (payloads as JSON text).
 */
public record HistoryEvent(long id, Instant timestamp, HistoryEventType type, String scope, ObjectNode details) {

    /** A detail as text, or null. */
    public String detail(String field) {
        return details.hasNonNull(field) ? details.get(field).asText() : null;
    }
}
