package org.nhlakehouse.statemachine.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@code StartAt} + {@code States} pair: the top level of a machine, a Parallel branch or a Map's ItemProcessor. */
public record StateGraph(String startAt, Map<String, State> states) {

    public StateGraph {
        states = Collections.unmodifiableMap(new LinkedHashMap<>(states));
    }

    public State state(String name) {
        State state = states.get(name);
        if (state == null) {
            throw new IllegalStateException("No state named '" + name + "' (the definition was validated)");
        }
        return state;
    }
}
