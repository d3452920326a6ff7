package org.nhlakehouse.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.tasks.ExecutionStart;
import org.nhlakehouse.core.tasks.ExecutionStarter;

/**
 * The behaviour every {@link ExecutionStarter} shares: an execution name starts at most one execution, whatever is
 * sent under it later, and every start names the execution by its ARN. This is what makes a re-delivered S3 event
 * harmless. A subclass provides a starter on a state machine that has run nothing yet.
 */
public abstract class AbstractExecutionStarterContractTest {

    /** A starter on a state machine with no execution yet (a new one per test). */
    protected abstract ExecutionStarter starter() throws Exception;

    /** The ARN of that state machine. */
    protected abstract String stateMachineArn();

    /** An input the state machine accepts; another {@code variant} gives another input. */
    protected abstract String input(int variant);

    /** How many executions the state machine has had so far. */
    protected abstract int executions() throws Exception;

    /**
     * Called before a start under a used name: a starter that tells a repeat by the time it was started (Step
     * Functions returns a running execution for the same name and input) waits out its allowance here.
     */
    protected void beforeRepeat() throws Exception {
    }

    @Test
    void aNewName_startsOneExecution() throws Exception {
        ExecutionStart start = starter().start(stateMachineArn(), "pbj_q2_csv-0001", input(0));

        assertThat(start.alreadyStarted()).isFalse();
        assertThat(start.executionArn()).endsWith("pbj_q2_csv-0001");
        assertThat(executions()).isEqualTo(1);
    }

    @Test
    void theSameNameAgain_startsNothing_andNamesTheFirstExecution() throws Exception {
        ExecutionStarter starter = starter();
        ExecutionStart first = starter.start(stateMachineArn(), "pbj_q2_csv-0002", input(0));
        beforeRepeat();
        ExecutionStart again = starter.start(stateMachineArn(), "pbj_q2_csv-0002", input(0));

        assertThat(again).isEqualTo(new ExecutionStart(first.executionArn(), true));
        assertThat(executions()).isEqualTo(1);
    }

    @Test
    void theSameNameWithAnotherInput_startsNothing() throws Exception {
        ExecutionStarter starter = starter();
        ExecutionStart first = starter.start(stateMachineArn(), "pbj_q2_csv-0003", input(0));
        ExecutionStart other = starter.start(stateMachineArn(), "pbj_q2_csv-0003", input(1));

        assertThat(other).isEqualTo(new ExecutionStart(first.executionArn(), true));
        assertThat(executions()).isEqualTo(1);
    }

    @Test
    void twoNames_startTwoExecutions() throws Exception {
        ExecutionStarter starter = starter();
        ExecutionStart a = starter.start(stateMachineArn(), "pbj_q2_csv-0004", input(0));
        ExecutionStart b = starter.start(stateMachineArn(), "pbj_q3_csv-0004", input(1));

        assertThat(a.alreadyStarted()).isFalse();
        assertThat(b.alreadyStarted()).isFalse();
        assertThat(a.executionArn()).isNotEqualTo(b.executionArn());
        assertThat(executions()).isEqualTo(2);
    }
}
