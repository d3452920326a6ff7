package org.nhlakehouse.statemachine.history;

import java.util.List;
import java.util.Map;

import org.nhlakehouse.statemachine.json.Json;
import org.nhlakehouse.statemachine.json.Timestamps;

import com.fasterxml.jackson.databind.JsonNode;

/** Renders history events one per line: id, timestamp, type, scope, then the details with long payloads cut. */
final class HistoryTextRenderer {

    private HistoryTextRenderer() {
    }

    static String render(List<HistoryEvent> events, int maxPayloadChars) {
        StringBuilder out = new StringBuilder();
        for (HistoryEvent event : events) {
            out.append(String.format("%4d  %s  %-22s", event.id(), Timestamps.format(event.timestamp()),
                    event.type().name()));
            if (!event.scope().isEmpty()) {
                out.append(" [").append(event.scope()).append(']');
            }
            for (Map.Entry<String, JsonNode> detail : event.details().properties()) {
                JsonNode value = detail.getValue();
                String text = value.isTextual() ? value.textValue() : Json.write(value);
                out.append("  ").append(detail.getKey()).append('=')
                        .append(Json.truncate(text, maxPayloadChars).replace('\n', ' '));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
