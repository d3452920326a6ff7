package org.nhlakehouse.localrun;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;

import org.nhlakehouse.core.tasks.PipelineTask;

/**
 * Measures how long a run spends on its work, so that what the state machine adds on top of it can be reported: the
 * time during which at least one of the named tasks (landing a file, running a SQL step) was running. Tasks of a Map
 * or Parallel state overlap, so the intervals are merged rather than summed; a run's wall time minus this is the time
 * spent with no work in progress: state transitions, Choice and Wait states, planning, polling, bookkeeping.
 */
public final class WorkTimer implements UnaryOperator<PipelineTask> {

    private final Set<String> workTasks;
    private final LongSupplier nanoClock;
    private final List<long[]> intervals = new ArrayList<>();

    public WorkTimer(Set<String> workTasks) {
        this(workTasks, System::nanoTime);
    }

    WorkTimer(Set<String> workTasks, LongSupplier nanoClock) {
        this.workTasks = Set.copyOf(workTasks);
        this.nanoClock = nanoClock;
    }

    @Override
    public PipelineTask apply(PipelineTask task) {
        if (!workTasks.contains(task.name())) {
            return task;
        }
        return PipelineTask.named(task.name(), input -> {
            long started = nanoClock.getAsLong();
            try {
                return task.apply(input);
            } finally {
                record(started, nanoClock.getAsLong());
            }
        });
    }

    private synchronized void record(long startedNanos, long endedNanos) {
        intervals.add(new long[] { startedNanos, endedNanos });
    }

    /** The length of the union of the work tasks' running intervals so far. */
    public synchronized long busyMillis() {
        List<long[]> sorted = new ArrayList<>(intervals);
        sorted.sort((a, b) -> Long.compare(a[0], b[0]));
        long busyNanos = 0;
        long coveredUntil = Long.MIN_VALUE;
        for (long[] interval : sorted) {
            long start = Math.max(interval[0], coveredUntil);
            if (interval[1] > start) {
                busyNanos += interval[1] - start;
            }
            coveredUntil = Math.max(coveredUntil, interval[1]);
        }
        return busyNanos / 1_000_000;
    }
}
