package org.nhlakehouse.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nhlakehouse.statemachine.Asl.json;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.statemachine.history.HistoryEventType;
import org.nhlakehouse.statemachine.task.TaskFailedException;

/** Parallel: every branch on the same input, results in branch order, the first failure fails the state. */
class ParallelStateTest {

    @Test
    void branchesReceiveTheEffectiveInput_andResultsKeepBranchOrder() {
        Asl.Harness harness = Asl.harness()
                .handler("add", input -> json(String.valueOf(input.get(0).asInt() + input.get(1).asInt())))
                .handler("subtract", input -> json(String.valueOf(input.get(0).asInt() - input.get(1).asInt())));

        // The spec's FunWithMath example, with InputPath, ResultSelector and ResultPath around it.
        Execution execution = harness.run("""
                {"StartAt": "FunWithMath", "States": {"FunWithMath": {"Type": "Parallel", "InputPath": "$.pair",
                  "Branches": [
                    {"StartAt": "Add", "States": {"Add": {"Type": "Task", "Resource": "add", "End": true}}},
                    {"StartAt": "Subtract", "States": {"Subtract": {"Type": "Task", "Resource": "subtract",
                      "End": true}}}],
                  "ResultSelector": {"sum.$": "$[0]", "difference.$": "$[1]"}, "ResultPath": "$.math", "End": true}}}
                """, "{'pair': [3, 2]}");

        assertThat(execution.output()).isEqualTo(json("{'pair': [3, 2], 'math': {'sum': 5, 'difference': 1}}"));
        assertThat(execution.history().ofType(HistoryEventType.ParallelStateSucceeded)).hasSize(1);
    }

    @Test
    void parameters_buildTheInputOfEveryBranch() {
        Execution execution = Asl.harness().run("""
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "Parameters": {"x.$": "$.a", "fixed": 1},
                  "End": true, "Branches": [
                    {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
                    {"StartAt": "B", "States": {"B": {"Type": "Pass", "OutputPath": "$.x", "End": true}}}]}}}
                """, "{'a': 'value', 'ignored': true}");

        assertThat(execution.output()).isEqualTo(json("[{'x': 'value', 'fixed': 1}, 'value']"));
    }

    @Test
    void failingBranch_failsTheStateWithItsError_andCancelsTheOthers() throws Exception {
        CountDownLatch slowStarted = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        AtomicBoolean slowInterrupted = new AtomicBoolean();
        AtomicBoolean slowFinished = new AtomicBoolean();
        Asl.Harness harness = Asl.harness()
                .handler("slow", input -> {
                    slowStarted.countDown();
                    try {
                        never.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        slowInterrupted.set(true);
                        throw e;
                    }
                    slowFinished.set(true);
                    return json("'late'");
                })
                .handler("fail", input -> {
                    slowStarted.await(30, TimeUnit.SECONDS);
                    throw new TaskFailedException("BranchBoom", "branch 1 broke");
                });

        Execution execution = harness.run("""
                {"StartAt": "Fan out", "States": {"Fan out": {"Type": "Parallel", "Next": "Done",
                  "Branches": [
                    {"StartAt": "Slow", "States": {"Slow": {"Type": "Task", "Resource": "slow", "Next": "After slow"},
                                                   "After slow": {"Type": "Pass", "End": true}}},
                    {"StartAt": "Fail", "States": {"Fail": {"Type": "Task", "Resource": "fail", "End": true}}}],
                  "Catch": [{"ErrorEquals": ["BranchBoom"], "ResultPath": "$.error", "Next": "Handled"}]},
                  "Done": {"Type": "Succeed"},
                  "Handled": {"Type": "Pass", "End": true}}}
                """, "{'in': 1}");

        assertThat(execution.output())
                .isEqualTo(json("{'in': 1, 'error': {'Error': 'BranchBoom', 'Cause': 'branch 1 broke'}}"));
        assertThat(slowInterrupted).isTrue();
        assertThat(slowFinished).isFalse();
        assertThat(execution.history().events()).noneSatisfy(e -> assertThat(e.detail("name")).isEqualTo("After slow"));
        assertThat(execution.history().ofType(HistoryEventType.ParallelStateFailed)).singleElement()
                .satisfies(e -> assertThat(e.detail("error")).isEqualTo("BranchBoom"));
    }

    @Test
    void failStateInABranch_failsTheParallelWithItsErrorAndCause() {
        Execution execution = Asl.harness().run("""
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "Ok", "States": {"Ok": {"Type": "Pass", "End": true}}},
                  {"StartAt": "No", "States": {"No": {"Type": "Fail", "Error": "Rejected", "Cause": "bad input"}}}]}}}
                """, "{}");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("Rejected");
        assertThat(execution.cause()).isEqualTo("bad input");
    }

    @Test
    void retryOnAParallel_runsAllBranchesAgain() {
        AtomicInteger calls = new AtomicInteger();
        Asl.Harness harness = Asl.harness().handler("flaky", input -> {
            if (calls.incrementAndGet() == 1) {
                throw new TaskFailedException("Transient", "first call fails");
            }
            return json("'ok'");
        }).handler("steady", input -> json("'steady'"));

        Execution execution = harness.run("""
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true,
                  "Retry": [{"ErrorEquals": ["Transient"], "IntervalSeconds": 3}],
                  "Branches": [
                    {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "flaky", "End": true}}},
                    {"StartAt": "B", "States": {"B": {"Type": "Task", "Resource": "steady", "End": true}}}]}}}
                """, "{}");

        assertThat(execution.output()).isEqualTo(json("['ok', 'steady']"));
        assertThat(harness.sleeps()).containsExactly(java.time.Duration.ofSeconds(3));
        assertThat(execution.history().ofType(HistoryEventType.ParallelStateStarted)).hasSize(2);
    }

    @Test
    void historyScopes_nameTheBranch() {
        Execution execution = Asl.harness().run("""
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "End": true, "Branches": [
                  {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}},
                  {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}]}}}
                """, "{}");

        assertThat(execution.history().ofType(HistoryEventType.PassStateEntered))
                .extracting(e -> e.scope()).containsExactlyInAnyOrder("P/0", "P/1");
    }
}
