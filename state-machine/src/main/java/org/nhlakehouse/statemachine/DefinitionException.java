package org.nhlakehouse.statemachine;

import java.util.List;

/**
 * A definition cannot be run: invalid JSON or ASL, a missing substitution, a feature the local executor does not
 * support, or a Task resource without a handler. The message lists every problem, one per line, each naming the state
 * and field at fault.
 */
public class DefinitionException extends RuntimeException {

    private final List<String> problems;

    public DefinitionException(List<String> problems) {
        super("Invalid state machine definition:\n - " + String.join("\n - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
