package org.nhlakehouse.statemachine.model;

/**
 * One parsed, validated state. The permitted records mirror the States Language state types; each holds only the
 * fields the local executor supports (anything else is rejected while loading).
 */
public sealed interface State permits TaskState, PassState, ChoiceState, WaitState, SucceedState, FailState,
        ParallelState, MapState {

    /** The state's name, unique across the whole state machine. */
    String name();

    /** The ASL {@code Type}: "Task", "Pass", ... */
    default String type() {
        return getClass().getSimpleName().replace("State", "");
    }
}
