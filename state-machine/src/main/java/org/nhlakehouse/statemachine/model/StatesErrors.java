package org.nhlakehouse.statemachine.model;

import java.util.Set;

/**
 * The predefined {@code States.*} error names
 * (<a href="https://states-language.net/spec.html#appendix-a">spec, Appendix A</a>;
 * <a href="https://docs.aws.amazon.com/step-functions/latest/dg/concepts-error-handling.html">AWS, "Handling errors
 * in Step Functions workflows"</a>) and the matching rules Retry and Catch apply to them.
 */
public final class StatesErrors {

    public static final String ALL = "States.ALL";
    public static final String TASK_FAILED = "States.TaskFailed";
    public static final String TIMEOUT = "States.Timeout";
    public static final String RUNTIME = "States.Runtime";
    public static final String DATA_LIMIT_EXCEEDED = "States.DataLimitExceeded";
    public static final String RESULT_PATH_MATCH_FAILURE = "States.ResultPathMatchFailure";
    public static final String BRANCH_FAILED = "States.BranchFailed";
    public static final String NO_CHOICE_MATCHED = "States.NoChoiceMatched";
    public static final String PARAMETER_PATH_FAILURE = "States.ParameterPathFailure";
    public static final String INTRINSIC_FAILURE = "States.IntrinsicFailure";

    /** Every predefined name a Retry or Catch may list. */
    public static final Set<String> KNOWN = Set.of(ALL, TASK_FAILED, TIMEOUT, RUNTIME, DATA_LIMIT_EXCEEDED,
            RESULT_PATH_MATCH_FAILURE, BRANCH_FAILED, NO_CHOICE_MATCHED, PARAMETER_PATH_FAILURE, INTRINSIC_FAILURE,
            "States.Permissions", "States.HeartbeatTimeout", "States.ExceedToleratedFailureThreshold",
            "States.ItemReaderFailed", "States.ResultWriterFailed", "States.QueryEvaluationError",
            "States.Http.Socket");

    /** Known names the local executor never raises, so listing them in Retry/Catch can never match here. */
    public static final Set<String> NEVER_RAISED_LOCALLY = Set.of(BRANCH_FAILED, NO_CHOICE_MATCHED,
            PARAMETER_PATH_FAILURE, INTRINSIC_FAILURE, "States.Permissions", "States.HeartbeatTimeout",
            "States.ExceedToleratedFailureThreshold", "States.ItemReaderFailed", "States.ResultWriterFailed",
            "States.QueryEvaluationError", "States.Http.Socket");

    private StatesErrors() {
    }

    /**
     * Errors no Retry or Catch can handle: AWS documents that {@code States.Runtime} "isn't retriable, and will
     * always cause the execution to fail" and that {@code States.DataLimitExceeded} is a terminal error.
     */
    public static boolean isTerminal(String error) {
        return RUNTIME.equals(error) || DATA_LIMIT_EXCEEDED.equals(error);
    }

    /**
     * Whether an {@code ErrorEquals} entry matches a reported error: by name, {@code States.ALL} for anything, and
     * {@code States.TaskFailed} for anything except {@code States.Timeout}. Terminal errors match nothing.
     */
    public static boolean matches(String pattern, String error) {
        if (isTerminal(error)) {
            return false;
        }
        String name = error == null ? "" : error;
        return pattern.equals(name) || ALL.equals(pattern) || TASK_FAILED.equals(pattern) && !TIMEOUT.equals(name);
    }
}
