package org.nhlakehouse.statemachine.model;

import com.fasterxml.jackson.databind.JsonNode;

/** A Pass state; {@code result} is the {@code Result} field, or null when absent (the result is then the input). */
public record PassState(String name, InputOutput io, JsonNode result, Transition transition) implements State {
}
