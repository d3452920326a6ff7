package org.nhlakehouse.core.tasks;

import java.util.Objects;

/**
 * The outcome of {@link ExecutionStarter#start}.
 *
 * @param executionArn the execution's ARN, whether this call started it or an earlier one did
 * @param alreadyStarted true when this call started nothing: an execution with this name exists (Step Functions
 *        answered {@code ExecutionAlreadyExists}: finished, or running with another input; or it returned the running
 *        execution an earlier call with the same input started)
 */
public record ExecutionStart(String executionArn, boolean alreadyStarted) {
    public ExecutionStart {
        Objects.requireNonNull(executionArn, "executionArn");
    }
}
