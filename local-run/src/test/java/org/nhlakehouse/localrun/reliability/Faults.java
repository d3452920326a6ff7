package org.nhlakehouse.localrun.reliability;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.nhlakehouse.core.tasks.PipelineTask;

import com.fasterxml.jackson.databind.JsonNode;

/** Wraps the pipeline's tasks to fail on purpose: the first {@code times} matching calls of one task throw. */
final class Faults implements UnaryOperator<PipelineTask> {

    private final String taskName;
    private final Predicate<JsonNode> when;
    private final int times;
    private final Supplier<RuntimeException> fault;
    private final AtomicInteger injected = new AtomicInteger();

    Faults(String taskName, Predicate<JsonNode> when, int times, Supplier<RuntimeException> fault) {
        this.taskName = taskName;
        this.when = when;
        this.times = times;
        this.fault = fault;
    }

    int injected() {
        return injected.get();
    }

    @Override
    public PipelineTask apply(PipelineTask task) {
        if (!task.name().equals(taskName)) {
            return task;
        }
        return PipelineTask.named(task.name(), input -> {
            if (when.test(input) && injected.get() < times) {
                injected.incrementAndGet();
                throw fault.get();
            }
            return task.apply(input);
        });
    }
}
