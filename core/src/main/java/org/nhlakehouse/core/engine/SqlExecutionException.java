package org.nhlakehouse.core.engine;

/** A statement that the engine could not run, with the engine's own error name and whether a retry may help. */
public class SqlExecutionException extends RuntimeException {

    private final String statementLabel;
    private final String errorType;
    private final boolean retryable;

    public SqlExecutionException(String statementLabel, String errorType, String message, boolean retryable) {
        super(statementLabel + " failed (" + errorType + "): " + message);
        this.statementLabel = statementLabel;
        this.errorType = errorType;
        this.retryable = retryable;
    }

    public SqlExecutionException(String statementLabel, String errorType, String message, boolean retryable,
            Throwable cause) {
        this(statementLabel, errorType, message, retryable);
        initCause(cause);
    }

    public String statementLabel() {
        return statementLabel;
    }

    public String errorType() {
        return errorType;
    }

    public boolean retryable() {
        return retryable;
    }
}
