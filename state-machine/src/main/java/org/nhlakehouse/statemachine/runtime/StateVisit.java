package org.nhlakehouse.statemachine.runtime;

import java.time.Instant;

import org.nhlakehouse.statemachine.json.Json;
import org.nhlakehouse.statemachine.json.Timestamps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One entry into a state: its name, where and when it was entered, and how many retries it has made so far. */
final class StateVisit {

    private final String name;
    private final Scope scope;
    private final long enteredEventId;
    private final Instant enteredTime;
    private final ObjectNode executionContext;
    private int retryCount;

    StateVisit(String name, Scope scope, long enteredEventId, Instant enteredTime, ObjectNode executionContext) {
        this.name = name;
        this.scope = scope;
        this.enteredEventId = enteredEventId;
        this.enteredTime = enteredTime;
        this.executionContext = executionContext;
    }

    String name() {
        return name;
    }

    Scope scope() {
        return scope;
    }

    int retryCount() {
        return retryCount;
    }

    void retried() {
        retryCount++;
    }

    /**
     * The Context Object for this visit: {@code Execution}, {@code StateMachine} and {@code State} (Name, EnteredTime,
     * RetryCount) (<a href="https://docs.aws.amazon.com/step-functions/latest/dg/input-output-contextobject.html">AWS,
     * "Accessing execution data from the Context object"</a>).
     */
    ObjectNode context() {
        ObjectNode context = Json.object();
        executionContext.properties().forEach(e -> context.set(e.getKey(), e.getValue()));
        ObjectNode state = context.putObject("State");
        state.put("Name", name);
        state.put("EnteredTime", Timestamps.format(enteredTime));
        state.put("RetryCount", retryCount);
        return context;
    }

    /** The context inside a Map's ItemSelector, which adds {@code Map.Item.Index} and {@code Map.Item.Value}. */
    ObjectNode mapItemContext(int index, JsonNode value) {
        ObjectNode context = context();
        ObjectNode item = context.putObject("Map").putObject("Item");
        item.put("Index", index);
        item.set("Value", value);
        return context;
    }

    /** The prefix AWS puts on runtime errors, naming the state and the event that entered it. */
    String errorPrefix() {
        return "An error occurred while executing the state '" + name + "' (entered at the event id #"
                + enteredEventId + "). ";
    }
}
