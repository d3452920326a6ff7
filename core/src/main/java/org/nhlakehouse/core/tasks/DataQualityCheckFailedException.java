package org.nhlakehouse.core.tasks;

/** A data-quality check found problems: the run stops before Gold. The message lists the problems. */
public class DataQualityCheckFailedException extends RuntimeException {
    public DataQualityCheckFailedException(String message) {
        super(message);
    }
}
