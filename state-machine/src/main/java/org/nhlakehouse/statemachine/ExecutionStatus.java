package org.nhlakehouse.statemachine;

/** How an execution ended, as DescribeExecution reports it. */
public enum ExecutionStatus {
    SUCCEEDED,
    FAILED,
    TIMED_OUT,
    /** The thread running it was interrupted (the local counterpart of StopExecution). */
    ABORTED
}
