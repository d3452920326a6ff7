package org.nhlakehouse.statemachine.task;

/**
 * Thrown by a {@link TaskHandler} to fail its task with a given error name and cause, which Retry and Catch then match
 * by name. The name must not start with "States." (those are reserved for the interpreter).
 */
public class TaskFailedException extends RuntimeException {

    private final String error;
    private final String cause;

    public TaskFailedException(String error, String cause) {
        super(error + ": " + cause);
        if (error == null || error.isBlank() || error.startsWith("States.")) {
            throw new IllegalArgumentException("A task error name must be non-blank and not start with 'States.': "
                    + error);
        }
        this.error = error;
        this.cause = cause;
    }

    public TaskFailedException(String error, String cause, Throwable source) {
        this(error, cause);
        initCause(source);
    }

    /** The error name Retry/Catch match. */
    public String error() {
        return error;
    }

    /** The human-readable cause. */
    public String cause() {
        return cause;
    }
}
