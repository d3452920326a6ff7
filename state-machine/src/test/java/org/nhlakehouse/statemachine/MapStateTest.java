package org.nhlakehouse.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nhlakehouse.statemachine.Asl.json;

import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.statemachine.history.HistoryEventType;
import org.nhlakehouse.statemachine.task.TaskFailedException;

/** Inline Map: items, ItemSelector, concurrency limits, ordering and failures. */
class MapStateTest {

    private final List<String> started = new CopyOnWriteArrayList<>();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger maxActive = new AtomicInteger();

    private Execution runMap(String mapFields, String input, Asl.Harness harness) {
        return harness.run("""
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", %s, "End": true,
                  "ItemProcessor": {"StartAt": "Work", "States": {"Work": {"Type": "Task", "Resource": "work",
                    "End": true}}}}}}
                """.formatted(mapFields), input);
    }

    private void enter(String item) {
        started.add(item);
        maxActive.accumulateAndGet(active.incrementAndGet(), Math::max);
    }

    @Test
    void maxConcurrencyOne_runsItemsOneAtATimeInOrder() {
        Asl.Harness harness = Asl.harness().handler("work", input -> {
            enter(input.asText());
            active.decrementAndGet();
            return json("'done " + input.asText() + "'");
        });

        Execution execution = runMap("\"MaxConcurrency\": 1", "['a', 'b', 'c', 'd', 'e']", harness);

        assertThat(started).containsExactly("a", "b", "c", "d", "e");
        assertThat(maxActive).hasValue(1);
        assertThat(execution.output()).isEqualTo(json("['done a', 'done b', 'done c', 'done d', 'done e']"));
    }

    @Test
    void maxConcurrencyZero_runsAllItemsAtOnce() {
        CyclicBarrier allThree = new CyclicBarrier(3);
        Asl.Harness harness = Asl.harness().handler("work", input -> {
            try {
                allThree.await(30, TimeUnit.SECONDS);
            } catch (BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException("the items did not run concurrently", e);
            }
            return input;
        });

        Execution execution = runMap("\"MaxConcurrency\": 0", "[1, 2, 3]", harness);

        assertThat(execution.output()).as(execution.report()).isEqualTo(json("[1, 2, 3]"));
    }

    @Test
    void maxConcurrencyTwo_neverRunsMoreThanTwo() {
        CountDownLatch twoRunning = new CountDownLatch(1);
        Asl.Harness harness = Asl.harness().handler("work", input -> {
            enter(input.asText());
            if (active.get() == 2) {
                twoRunning.countDown();
            }
            twoRunning.await(30, TimeUnit.SECONDS);
            active.decrementAndGet();
            return input;
        });

        Execution execution = runMap("\"MaxConcurrency\": 2", "[1, 2, 3, 4, 5, 6]", harness);

        assertThat(execution.output()).isEqualTo(json("[1, 2, 3, 4, 5, 6]"));
        assertThat(maxActive).hasValue(2);
    }

    @Test
    void itemSelector_seesTheEffectiveInputAndTheMapItemContext() {
        Asl.Harness harness = Asl.harness().handler("work", input -> input);

        // The spec's shipping example, with the AWS $$ form of the Map item context.
        Execution execution = harness.run("""
                {"StartAt": "Validate-All", "States": {"Validate-All": {"Type": "Map", "InputPath": "$.detail",
                  "ItemsPath": "$.shipped", "MaxConcurrency": 0,
                  "ItemSelector": {"parcel.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index",
                                   "courier.$": "$.delivery-partner"},
                  "ItemProcessor": {"StartAt": "Validate", "States": {"Validate": {"Type": "Task",
                    "Resource": "work", "End": true}}},
                  "ResultPath": "$.detail.shipped", "End": true}}}
                """, """
                {'ship-date': '2016-03-14T01:59:00Z', 'detail': {'delivery-partner': 'UQS',
                  'shipped': [{'prod': 'R31', 'quantity': 1344}, {'prod': 'S39', 'quantity': 40}]}}
                """);

        assertThat(execution.output()).isEqualTo(json("""
                {'ship-date': '2016-03-14T01:59:00Z', 'detail': {'delivery-partner': 'UQS', 'shipped': [
                  {'parcel': {'prod': 'R31', 'quantity': 1344}, 'index': 0, 'courier': 'UQS'},
                  {'parcel': {'prod': 'S39', 'quantity': 40}, 'index': 1, 'courier': 'UQS'}]}}
                """));
    }

    @Test
    void legacyIteratorAndParameters_workLikeItemProcessorAndItemSelector() {
        Execution execution = Asl.harness().run("""
                {"StartAt": "M", "States": {"M": {"Type": "Map", "ItemsPath": "$.items",
                  "Parameters": {"value.$": "$$.Map.Item.Value", "tag.$": "$.tag"},
                  "Iterator": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}, "End": true}}}
                """, "{'items': [1, 2], 'tag': 't'}");

        assertThat(execution.output()).isEqualTo(json("[{'value': 1, 'tag': 't'}, {'value': 2, 'tag': 't'}]"));
    }

    @Test
    void emptyItems_giveAnEmptyResult_andNonArrayItemsFail() {
        Asl.Harness harness = Asl.harness().handler("work", input -> input);

        assertThat(runMap("\"ItemsPath\": \"$.items\"", "{'items': []}", harness).output()).isEqualTo(json("[]"));
        Execution notArray = runMap("\"ItemsPath\": \"$.items\"", "{'items': {'a': 1}}", harness);
        assertThat(notArray.error()).isEqualTo("States.Runtime");
        assertThat(notArray.cause()).contains("must be a JSON array");
    }

    @Test
    void failingIteration_failsTheMap_andLaterItemsNeverStartWithMaxConcurrencyOne() {
        Asl.Harness harness = Asl.harness().handler("work", input -> {
            enter(input.asText());
            active.decrementAndGet();
            if (input.asText().equals("b")) {
                throw new TaskFailedException("ItemFailed", "item b is bad");
            }
            return input;
        });

        Execution execution = harness.run("""
                {"StartAt": "Each", "States": {"Each": {"Type": "Map", "MaxConcurrency": 1, "Next": "Done",
                  "ItemProcessor": {"StartAt": "Work", "States": {"Work": {"Type": "Task", "Resource": "work",
                    "End": true}}},
                  "Catch": [{"ErrorEquals": ["ItemFailed"], "Next": "Recover"}]},
                  "Done": {"Type": "Succeed"},
                  "Recover": {"Type": "Pass", "End": true}}}
                """, "['a', 'b', 'c']");

        assertThat(started).containsExactly("a", "b");
        assertThat(execution.output()).isEqualTo(json("{'Error': 'ItemFailed', 'Cause': 'item b is bad'}"));
        assertThat(execution.history().ofType(HistoryEventType.MapIterationFailed)).singleElement()
                .satisfies(e -> assertThat(e.details().get("index").asInt()).isEqualTo(1));
        assertThat(execution.history().ofType(HistoryEventType.MapStateFailed)).hasSize(1);
    }

    @Test
    void history_recordsTheMapAndEachIteration() {
        Execution execution = runMap("\"MaxConcurrency\": 1", "[10, 20]", Asl.harness().handler("work", i -> i));

        assertThat(execution.history().ofType(HistoryEventType.MapStateStarted)).singleElement()
                .satisfies(e -> assertThat(e.details().get("length").asInt()).isEqualTo(2));
        assertThat(execution.history().ofType(HistoryEventType.MapIterationStarted))
                .extracting(e -> e.scope()).containsExactly("Each[0]", "Each[1]");
        assertThat(execution.history().ofType(HistoryEventType.MapIterationSucceeded)).hasSize(2);
        assertThat(execution.history().ofType(HistoryEventType.TaskStateEntered))
                .extracting(e -> e.scope()).containsExactly("Each[0]", "Each[1]");
    }

    @Test
    void nestedMaps_work() {
        Execution execution = Asl.harness().run("""
                {"StartAt": "Outer", "States": {"Outer": {"Type": "Map", "End": true,
                  "ItemProcessor": {"StartAt": "Inner", "States": {"Inner": {"Type": "Map", "End": true,
                    "ItemSelector": {"v.$": "$$.Map.Item.Value"},
                    "ItemProcessor": {"StartAt": "P", "States": {"P": {"Type": "Pass", "End": true}}}}}}}}}
                """, "[[1, 2], [3]]");

        assertThat(execution.output()).isEqualTo(json("[[{'v': 1}, {'v': 2}], [{'v': 3}]]"));
    }
}
