package org.nhlakehouse.statemachine;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.nhlakehouse.statemachine.history.HistoryEvent;
import org.nhlakehouse.statemachine.history.HistoryEventType;
import org.nhlakehouse.statemachine.json.Json;
import org.nhlakehouse.statemachine.task.TaskHandler;
import org.nhlakehouse.statemachine.task.TaskRegistry;
import org.nhlakehouse.statemachine.time.VirtualClock;

import com.fasterxml.jackson.databind.JsonNode;

/** Test helpers: JSON literals and a harness running definitions on a virtual clock with a seeded random. */
public final class Asl {

    private Asl() {
    }

    /** Parses JSON; single quotes are accepted as double quotes to keep Java literals readable. */
    public static JsonNode json(String text) {
        try {
            return Json.parse(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException("bad test JSON: " + text, e);
        }
    }

    /** Parses JSON exactly as written (for text with apostrophes that must stay). */
    public static JsonNode strictJson(String text) {
        try {
            return Json.parse(text);
        } catch (Exception e) {
            throw new IllegalArgumentException("bad test JSON: " + text, e);
        }
    }

    public static StateMachine machine(String definition) {
        return StateMachine.load("TestMachine", definition, Map.of());
    }

    public static Harness harness() {
        return new Harness();
    }

    /** Registers handlers, then runs definitions on a {@link VirtualClock}. */
    public static final class Harness {

        private final VirtualClock clock = new VirtualClock();
        private final TaskRegistry.Builder registry = TaskRegistry.builder();
        private LocalExecutor executor;

        public Harness handler(String resource, TaskHandler handler) {
            registry.register(resource, handler);
            return this;
        }

        public VirtualClock clock() {
            return clock;
        }

        public LocalExecutor executor() {
            if (executor == null) {
                executor = LocalExecutor.builder(registry.build()).clock(clock).seed(42).build();
            }
            return executor;
        }

        public Execution run(String definition, String input) {
            return run(machine(definition), input);
        }

        public Execution run(StateMachine machine, String input) {
            return executor().run(machine, "test-execution", json(input));
        }

        public List<Duration> sleeps() {
            return clock.sleeps();
        }
    }

    public static List<HistoryEvent> events(Execution execution, HistoryEventType type) {
        return execution.history().ofType(type);
    }
}
