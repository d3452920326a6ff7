package org.nhlakehouse.statemachine.history;

import java.util.List;

import org.nhlakehouse.statemachine.json.Json;
import org.nhlakehouse.statemachine.json.Timestamps;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The events of one execution in order, as GetExecutionHistory would list them, with a plain-text rendering for
 * people (a CLI prints it when a run fails) and a JSON export for tools.
 */
public final class ExecutionHistory {

    /** Payloads longer than this are cut in {@link #render()}. */
    public static final int DEFAULT_PAYLOAD_CHARS = 200;

    private final List<HistoryEvent> events;

    public ExecutionHistory(List<HistoryEvent> events) {
        this.events = List.copyOf(events);
    }

    public List<HistoryEvent> events() {
        return events;
    }

    public List<HistoryEvent> ofType(HistoryEventType type) {
        return events.stream().filter(e -> e.type() == type).toList();
    }

    /** One line per event, payloads cut to {@value #DEFAULT_PAYLOAD_CHARS} characters. */
    public String render() {
        return render(DEFAULT_PAYLOAD_CHARS);
    }

    public String render(int maxPayloadChars) {
        return HistoryTextRenderer.render(events, maxPayloadChars);
    }

    /**
     * {@code {"events": [{"id", "timestamp", "type", "scope", "<type>EventDetails": {...}}]}}, the layout of
     * GetExecutionHistory with ISO-8601 timestamps and the local {@code scope} added.
     */
    public ObjectNode toJson() {
        ObjectNode root = Json.object();
        ArrayNode array = root.putArray("events");
        for (HistoryEvent event : events) {
            ObjectNode node = array.addObject();
            node.put("id", event.id());
            node.put("timestamp", Timestamps.format(event.timestamp()));
            node.put("type", event.type().name());
            node.put("scope", event.scope());
            node.set(event.type().detailsKey(), event.details().deepCopy());
        }
        return root;
    }

    @Override
    public String toString() {
        return render();
    }
}
