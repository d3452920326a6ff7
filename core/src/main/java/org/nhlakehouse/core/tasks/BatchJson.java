package org.nhlakehouse.core.tasks;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.nhlakehouse.core.landing.Dataset;
import org.nhlakehouse.core.pipeline.Batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A batch as the state machine carries it between tasks. */
final class BatchJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private BatchJson() {
    }

    static ObjectNode write(Batch batch) {
        ObjectNode node = JSON.createObjectNode().put("runId", batch.runId()).put("batchId", batch.batchId())
                .put("now", batch.now().toString());
        ObjectNode files = node.putObject("files");
        batch.files().forEach((dataset, ids) -> ids.forEach(files.putArray(dataset.id())::add));
        return node;
    }

    static Batch read(JsonNode node) {
        Map<Dataset, List<String>> files = new EnumMap<>(Dataset.class);
        node.path("files").properties().forEach(entry -> {
            Dataset dataset = Dataset.byId(entry.getKey())
                    .orElseThrow(() -> new IllegalArgumentException("Unknown dataset " + entry.getKey()));
            List<String> ids = new ArrayList<>();
            entry.getValue().forEach(id -> ids.add(id.asText()));
            files.put(dataset, ids);
        });
        Batch batch = new Batch(text(node, "runId"), LocalDateTime.parse(text(node, "now")), files);
        if (!batch.batchId().equals(text(node, "batchId"))) {
            throw new IllegalArgumentException("The batch's files do not match its id " + text(node, "batchId"));
        }
        return batch;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("Missing or empty field '" + field + "' in " + node);
        }
        return value.asText();
    }
}
