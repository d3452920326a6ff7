package org.nhlakehouse.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nhlakehouse.statemachine.Asl.json;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.statemachine.task.TaskRegistry;
import org.nhlakehouse.statemachine.time.ScaledClock;

class LocalExecutorTest {

    private static final StateMachine ECHO = Asl.machine("""
            {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "echo", "End": true}}}
            """);

    @Test
    void twoExecutionsCanRunAtTheSameTime_withSeparateHistories() throws Exception {
        CountDownLatch bothInside = new CountDownLatch(2);
        TaskRegistry registry = TaskRegistry.builder().register("echo", input -> {
            bothInside.countDown();
            if (!bothInside.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other execution never ran at the same time");
            }
            return input;
        }).build();
        LocalExecutor executor = LocalExecutor.builder(registry).clock(new ScaledClock(0.0)).build();
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            Future<Execution> first = callers.submit(() -> executor.run(ECHO, "first", json("{'n': 1}")));
            Future<Execution> second = callers.submit(() -> executor.run(ECHO, "second", json("{'n': 2}")));

            assertThat(first.get(30, TimeUnit.SECONDS).output()).isEqualTo(json("{'n': 1}"));
            assertThat(second.get(30, TimeUnit.SECONDS).output()).isEqualTo(json("{'n': 2}"));
            assertThat(first.get().history().events()).hasSize(second.get().history().events().size());
            assertThat(first.get().history().events().get(0).detail("input")).isEqualTo("{\"n\":1}");
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void run_acceptsTextInput_andTreatsNullInputAsAnEmptyObject() {
        LocalExecutor executor = new LocalExecutor(TaskRegistry.builder().register("echo", input -> input).build());

        assertThat(executor.run(ECHO, "text", "{\"a\": [1]}").output()).isEqualTo(json("{'a': [1]}"));
        assertThat(executor.run(ECHO, "nothing", (com.fasterxml.jackson.databind.JsonNode) null).output())
                .isEqualTo(json("{}"));
        assertThat(executor.run(ECHO, json("{}")).name()).hasSize(36);
    }

    @Test
    void run_rejectsBadNamesAndInput() {
        LocalExecutor executor = new LocalExecutor(TaskRegistry.builder().register("echo", input -> input).build());

        assertThatThrownBy(() -> executor.run(ECHO, "", json("{}"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> executor.run(ECHO, "x".repeat(81), json("{}")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> executor.run(ECHO, "n", "{not json")).hasMessageContaining("not valid JSON");
    }

    @Test
    void execution_reportsItsTimesAndInput() {
        LocalExecutor executor = new LocalExecutor(TaskRegistry.builder().register("echo", input -> input).build());

        Execution execution = executor.run(ECHO, "timed", json("{'k': true}"));

        assertThat(execution.succeeded()).isTrue();
        assertThat(execution.input()).isEqualTo(json("{'k': true}"));
        assertThat(execution.stopDate()).isAfterOrEqualTo(execution.startDate());
        assertThat(execution.error()).isNull();
    }
}
