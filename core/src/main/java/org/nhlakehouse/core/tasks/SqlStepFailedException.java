package org.nhlakehouse.core.tasks;

/** A SQL step failed for good (a syntax error, a missing table, bad data the SQL cannot handle): the run fails. */
public class SqlStepFailedException extends RuntimeException {
    public SqlStepFailedException(String message) {
        super(message);
    }
}
