package org.nhlakehouse.core.pipeline;

/** A run ended in failure; the message carries the failing step and cause, the report the execution history. */
public class PipelineFailedException extends RuntimeException {

    private final String error;
    private final String report;

    public PipelineFailedException(String runId, String error, String cause, String report) {
        super("run " + runId + " failed: " + error + ": " + cause);
        this.error = error;
        this.report = report;
    }

    /** The error name, e.g. org.nhlakehouse.core.tasks.DataQualityCheckFailedException. */
    public String error() {
        return error;
    }

    /** The execution's status and history, one event per line. */
    public String report() {
        return report;
    }
}
