package org.nhlakehouse.statemachine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nhlakehouse.statemachine.json.Json;
import org.nhlakehouse.statemachine.model.MapState;
import org.nhlakehouse.statemachine.model.ParallelState;
import org.nhlakehouse.statemachine.model.State;
import org.nhlakehouse.statemachine.model.StateGraph;
import org.nhlakehouse.statemachine.model.TaskState;
import org.nhlakehouse.statemachine.parse.DefinitionParser;
import org.nhlakehouse.statemachine.parse.Problems;
import org.nhlakehouse.statemachine.parse.Substitutions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A loaded, validated ASL definition, ready for {@link LocalExecutor}. Loading applies the DefinitionSubstitutions,
 * then checks the structure (targets, reachability, field types) and rejects every feature the local executor does
 * not support, reporting all problems at once in a {@link DefinitionException}.
 */
public final class StateMachine {

    private final String name;
    private final JsonNode definition;
    private final StateGraph graph;
    private final Integer timeoutSeconds;
    private final List<String> warnings;

    private StateMachine(String name, JsonNode definition, StateGraph graph, Integer timeoutSeconds,
            List<String> warnings) {
        this.name = name;
        this.definition = definition;
        this.graph = graph;
        this.timeoutSeconds = timeoutSeconds;
        this.warnings = List.copyOf(warnings);
    }

    /** Loads a definition named "StateMachine". */
    public static StateMachine load(String definitionJson, Map<String, String> substitutions) {
        return load("StateMachine", definitionJson, substitutions);
    }

    /** Loads a definition file; the machine is named after the file ("pipeline" for pipeline.asl.json). */
    public static StateMachine load(Path file, Map<String, String> substitutions) {
        String fileName = file.getFileName().toString();
        String machineName = fileName.replaceFirst("(\\.asl)?\\.json$", "");
        try {
            return load(machineName, Files.readString(file), substitutions);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the definition " + file, e);
        }
    }

    /**
     * @param name the state machine name used in ARNs and {@code $$.StateMachine.Name}
     * @param definitionJson the ASL JSON, with {@code ${Name}} placeholders
     * @param substitutions values for the placeholders, as in SAM's DefinitionSubstitutions
     * @throws DefinitionException listing every problem found
     */
    public static StateMachine load(String name, String definitionJson, Map<String, String> substitutions) {
        if (name == null || name.isBlank() || name.length() > 80) {
            throw new IllegalArgumentException("A state machine name must have 1 to 80 characters: " + name);
        }
        JsonNode raw;
        try {
            raw = Json.parse(definitionJson);
        } catch (JsonProcessingException e) {
            throw new DefinitionException(List.of("Definition: not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        }
        Problems problems = new Problems();
        JsonNode definition = Substitutions.apply(raw, substitutions, problems);
        DefinitionParser.Result result = DefinitionParser.parse(definition, problems);
        if (problems.hasErrors()) {
            throw new DefinitionException(problems.errors());
        }
        return new StateMachine(name, definition, result.graph(), result.timeoutSeconds(), problems.warnings());
    }

    public String name() {
        return name;
    }

    /** The definition after substitution. */
    public JsonNode definition() {
        return definition.deepCopy();
    }

    public StateGraph graph() {
        return graph;
    }

    /** The machine's {@code TimeoutSeconds}, if any. */
    public Optional<Integer> timeoutSeconds() {
        return Optional.ofNullable(timeoutSeconds);
    }

    /** Problems that do not stop a run but deserve attention (e.g. an error name that can never match). */
    public List<String> warnings() {
        return warnings;
    }

    /** Every Task state, including those inside Parallel branches and Map processors. */
    public List<TaskState> taskStates() {
        List<TaskState> tasks = new ArrayList<>();
        collect(graph, tasks);
        return tasks;
    }

    private static void collect(StateGraph graph, List<TaskState> tasks) {
        for (State state : graph.states().values()) {
            switch (state) {
                case TaskState task -> tasks.add(task);
                case ParallelState parallel -> parallel.branches().forEach(b -> collect(b, tasks));
                case MapState map -> collect(map.processor(), tasks);
                default -> {
                    // no tasks inside
                }
            }
        }
    }
}
