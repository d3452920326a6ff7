package org.nhlakehouse.core.tasks;

import java.util.Objects;

/**
 * The outcome of {@link ExecutionStarter#start}.
 *
 * @param executionArn the execution's ARN, whether this call started it or an earlier one did
 * @param alreadyStarted true when Step Functions answered {@code ExecutionAlreadyExists}: an execution with this name
 *        exists (finished, or running with another input), so this call started nothing
 */
public record ExecutionStart(String executionArn, boolean alreadyStarted) {
    public ExecutionStart {
        Objects.requireNonNull(executionArn, "executionArn");
    }
}
