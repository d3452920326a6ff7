package org.nhlakehouse.localrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.tasks.PipelineTask;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

class WorkTimerTest {

    private static final long MS = 1_000_000;

    private final AtomicLong now = new AtomicLong();
    private final WorkTimer timer = new WorkTimer(Set.of("work", "failing work"), now::get);

    /** A task that advances the fake clock by its duration, or runs a nested task halfway through. */
    private PipelineTask task(String name, long millis, PipelineTask nested) {
        return PipelineTask.named(name, input -> {
            now.addAndGet(millis / 2 * MS);
            if (nested != null) {
                nested.apply(input);
            }
            now.addAndGet((millis - millis / 2) * MS);
            if (name.equals("failing work")) {
                throw new IllegalStateException("failed");
            }
            return input;
        });
    }

    @Test
    void sequentialWork_adds_andTimeBetweenTasks_isNotCounted() throws Exception {
        timer.apply(task("work", 300, null)).apply(JsonNodeFactory.instance.nullNode());
        now.addAndGet(1_000 * MS);
        timer.apply(task("work", 200, null)).apply(JsonNodeFactory.instance.nullNode());

        assertThat(timer.busyMillis()).isEqualTo(500);
    }

    @Test
    void overlappingWork_countsOnce() throws Exception {
        // A task running 500 ms in all, with another running 100 ms of that time, as Map iterations overlap: the
        // intervals add up to 600 ms, the time with work in progress is 500 ms.
        PipelineTask inner = timer.apply(task("work", 100, null));
        timer.apply(task("work", 400, inner)).apply(JsonNodeFactory.instance.nullNode());

        assertThat(timer.busyMillis()).isEqualTo(500);
    }

    @Test
    void tasksThatAreNotWork_areNotTimed_butWorkInsideThemIs() throws Exception {
        PipelineTask inner = timer.apply(task("work", 100, null));
        PipelineTask bookkeeping = timer.apply(task("bookkeeping", 1_000, inner));
        bookkeeping.apply(JsonNodeFactory.instance.nullNode());

        assertThat(bookkeeping.name()).isEqualTo("bookkeeping");
        assertThat(timer.busyMillis()).isEqualTo(100);
    }

    @Test
    void aFailedTask_isStillTimed() {
        PipelineTask failing = timer.apply(task("failing work", 250, null));
        assertThatThrownBy(() -> failing.apply(JsonNodeFactory.instance.nullNode()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(timer.busyMillis()).isEqualTo(250);
    }
}
