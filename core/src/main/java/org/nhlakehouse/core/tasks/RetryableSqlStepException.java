package org.nhlakehouse.core.tasks;

/**
 * A SQL step failed for a reason that goes away if it runs again (Iceberg commit conflict, Athena throttling or
 * concurrency limit): the state machine reruns the step with backoff and jitter.
 */
public class RetryableSqlStepException extends RuntimeException {
    public RetryableSqlStepException(String message) {
        super(message);
    }
}
