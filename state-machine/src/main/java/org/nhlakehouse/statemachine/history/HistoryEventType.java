package org.nhlakehouse.statemachine.history;

/**
 * Event types, named as in Step Functions' GetExecutionHistory where an equivalent exists
 * (<a href="https://docs.aws.amazon.com/step-functions/latest/apireference/API_HistoryEvent.html">AWS,
 * "HistoryEvent"</a>). {@link #RetryScheduled} and {@link #WaitStateStarted} are local additions that make the
 * back-off and waiting visible; AWS shows them only as gaps between events.
 */
public enum HistoryEventType {
    ExecutionStarted,
    ExecutionSucceeded,
    ExecutionFailed,
    ExecutionTimedOut,

    TaskStateEntered,
    TaskStateExited,
    PassStateEntered,
    PassStateExited,
    ChoiceStateEntered,
    ChoiceStateExited,
    WaitStateEntered,
    WaitStateExited,
    SucceedStateEntered,
    SucceedStateExited,
    FailStateEntered,
    ParallelStateEntered,
    ParallelStateExited,
    MapStateEntered,
    MapStateExited,

    TaskScheduled,
    TaskStarted,
    TaskSucceeded,
    TaskFailed,
    TaskTimedOut,
    RetryScheduled,
    WaitStateStarted,

    ParallelStateStarted,
    ParallelStateSucceeded,
    ParallelStateFailed,
    MapStateStarted,
    MapIterationStarted,
    MapIterationSucceeded,
    MapIterationFailed,
    MapIterationAborted,
    MapStateSucceeded,
    MapStateFailed;

    /** The "...StateEntered" type of a state type ("Task", "Map", ...). */
    public static HistoryEventType entered(String stateType) {
        return valueOf(stateType + "StateEntered");
    }

    /** The "...StateExited" type of a state type; Fail states have none. */
    public static HistoryEventType exited(String stateType) {
        return valueOf(stateType + "StateExited");
    }

    /** The AWS name of this event's details object, e.g. "taskFailedEventDetails" or "stateEnteredEventDetails". */
    public String detailsKey() {
        String name = name();
        if (name.endsWith("StateEntered")) {
            return "stateEnteredEventDetails";
        }
        if (name.endsWith("StateExited")) {
            return "stateExitedEventDetails";
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1) + "EventDetails";
    }
}
