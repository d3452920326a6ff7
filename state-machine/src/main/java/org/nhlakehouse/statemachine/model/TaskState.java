package org.nhlakehouse.statemachine.model;

/**
 * A Task state. {@code timeoutSeconds} is null when absent (Step Functions then imposes no practical limit);
 * {@code functionName} is the static {@code Parameters.FunctionName} of an {@code arn:aws:states:::lambda:invoke} task
 * (null otherwise, or when the name comes from a path).
 */
public record TaskState(String name, InputOutput io, String resource, String functionName, Integer timeoutSeconds,
        ErrorHandling errorHandling, Transition transition) implements State {
}
