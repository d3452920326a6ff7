package org.nhlakehouse.statemachine.runtime;

import org.nhlakehouse.statemachine.model.StatesErrors;

/**
 * A state failed with an error name and cause. Retry and Catch may handle it unless it is terminal
 * ({@code States.Runtime}, {@code States.DataLimitExceeded}) or the execution's own timeout, which ends the execution
 * as TIMED_OUT wherever it is noticed.
 */
final class StatesError extends Exception {

    private final String error;
    private final String errorCause;
    private final boolean executionTimedOut;

    private StatesError(String error, String cause, boolean executionTimedOut) {
        super(error + ": " + cause, null, false, false);
        this.error = error;
        this.errorCause = cause;
        this.executionTimedOut = executionTimedOut;
    }

    static StatesError of(String error, String cause) {
        return new StatesError(error, cause, false);
    }

    static StatesError executionTimedOut(String cause) {
        return new StatesError(StatesErrors.TIMEOUT, cause, true);
    }

    String error() {
        return error;
    }

    String cause() {
        return errorCause;
    }

    boolean isExecutionTimeout() {
        return executionTimedOut;
    }

    /** Whether Retry/Catch may handle it. */
    boolean isHandleable() {
        return !executionTimedOut && !StatesErrors.isTerminal(error);
    }
}
