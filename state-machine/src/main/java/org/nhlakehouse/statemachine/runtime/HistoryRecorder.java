package org.nhlakehouse.statemachine.runtime;

import java.util.ArrayList;
import java.util.List;

import org.nhlakehouse.statemachine.history.ExecutionHistory;
import org.nhlakehouse.statemachine.history.HistoryEvent;
import org.nhlakehouse.statemachine.history.HistoryEventType;
import org.nhlakehouse.statemachine.json.Json;
import org.nhlakehouse.statemachine.time.ExecutionClock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Appends events with sequence ids and clock timestamps; safe to call from concurrent branches. */
final class HistoryRecorder {

    private final ExecutionClock clock;
    private final List<HistoryEvent> events = new ArrayList<>();

    HistoryRecorder(ExecutionClock clock) {
        this.clock = clock;
    }

    /** Records an event; {@code keyValues} alternate detail names and values (JsonNode payloads become JSON text). */
    synchronized HistoryEvent record(HistoryEventType type, Scope scope, Object... keyValues) {
        ObjectNode details = Json.object();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            Object value = keyValues[i + 1];
            String key = (String) keyValues[i];
            switch (value) {
                case null -> {
                    // absent details are left out, as in AWS
                }
                case JsonNode json -> details.put(key, Json.write(json));
                case Number number -> details.set(key, number.doubleValue() == number.longValue()
                        ? Json.MAPPER.getNodeFactory().numberNode(number.longValue())
                        : Json.MAPPER.getNodeFactory().numberNode(number.doubleValue()));
                default -> details.put(key, value.toString());
            }
        }
        HistoryEvent event = new HistoryEvent(events.size() + 1, clock.now(), type, scope.label(), details);
        events.add(event);
        return event;
    }

    synchronized int size() {
        return events.size();
    }

    synchronized ExecutionHistory snapshot() {
        return new ExecutionHistory(events);
    }
}
