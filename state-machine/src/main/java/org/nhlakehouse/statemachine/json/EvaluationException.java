package org.nhlakehouse.statemachine.json;

/**
 * A JSONPath, payload template, intrinsic function or ResultPath could not be applied to the data at run time.
 * The runtime turns it into the Step Functions error named by {@link #kind()}.
 */
public final class EvaluationException extends Exception {

    /** What failed; decides the error name the state reports. */
    public enum Kind {
        /** A path selected nothing or something of the wrong type. */
        PATH,
        /** An intrinsic function failed (bad argument types or values). */
        INTRINSIC,
        /** ResultPath could not be applied to the raw input. */
        RESULT_PATH
    }

    private final Kind kind;

    public EvaluationException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
