package org.nhlakehouse.statemachine.model;

import org.nhlakehouse.statemachine.json.JsonPathExpression;
import org.nhlakehouse.statemachine.json.PayloadTemplate;

/**
 * An inline Map state. {@code itemsPath} defaults to {@code $}; {@code itemSelector} (ItemSelector, or the legacy
 * Parameters) is null when absent; {@code maxConcurrency} 0 means unbounded.
 */
public record MapState(String name, InputOutput io, JsonPathExpression itemsPath, PayloadTemplate itemSelector,
        StateGraph processor, int maxConcurrency, ErrorHandling errorHandling, Transition transition)
        implements
            State {
}
