package org.nhlakehouse.statemachine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;

import org.nhlakehouse.statemachine.json.Json;
import org.nhlakehouse.statemachine.model.TaskResources;
import org.nhlakehouse.statemachine.parse.Substitutions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Lists a raw definition's Task resources and {@code ${Substitution}} placeholders without validating or substituting
 * it, so a structural test can compare them with template.yaml's DefinitionSubstitutions and the handlers (no npm
 * tooling needed).
 */
public final class DefinitionInspector {

    private DefinitionInspector() {
    }

    /**
     * @throws IllegalArgumentException when the text is not JSON
     */
    public static DefinitionSummary inspect(String definitionJson) {
        JsonNode root;
        try {
            root = Json.parse(definitionJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The definition is not valid JSON: " + e.getOriginalMessage(), e);
        }
        List<DefinitionSummary.TaskReference> tasks = new ArrayList<>();
        tasks(root, tasks);
        SortedSet<String> substitutions = new TreeSet<>();
        placeholders(root, substitutions);
        return new DefinitionSummary(tasks, substitutions);
    }

    private static void tasks(JsonNode graph, List<DefinitionSummary.TaskReference> tasks) {
        JsonNode states = graph.get("States");
        if (states == null || !states.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : states.properties()) {
            JsonNode state = entry.getValue();
            String type = state.path("Type").asText();
            switch (type) {
                case "Task" -> {
                    String resource = state.path("Resource").asText(null);
                    JsonNode function = state.path("Parameters").get("FunctionName");
                    boolean invoke = TaskResources.isLambdaInvoke(resource);
                    tasks.add(new DefinitionSummary.TaskReference(entry.getKey(), resource,
                            invoke && function != null && function.isTextual() ? function.textValue() : null));
                }
                case "Parallel" -> state.path("Branches").forEach(branch -> tasks(branch, tasks));
                case "Map" -> tasks(state.has("ItemProcessor") ? state.get("ItemProcessor") : state.path("Iterator"),
                        tasks);
                default -> {
                    // no tasks inside
                }
            }
        }
    }

    private static void placeholders(JsonNode node, SortedSet<String> names) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                collect(field.getKey(), names);
                placeholders(field.getValue(), names);
            }
        } else if (node.isArray()) {
            node.forEach(element -> placeholders(element, names));
        } else if (node.isTextual()) {
            collect(node.textValue(), names);
        }
    }

    private static void collect(String text, SortedSet<String> names) {
        Matcher matcher = Substitutions.PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
    }
}
