package org.nhlakehouse.statemachine.time;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock for tests: {@link #sleep} returns at once after moving the clock forward and recording the duration, so
 * Wait states, retry back-off and timeouts can be asserted exactly without real waiting.
 *
 * <p>
 * A handler "takes time" by calling {@link #sleep} itself. {@link #call} measures that time per thread, so a Task
 * timeout depends only on its own handler even when Parallel or Map branches run at the same time. The shared
 * {@link #now()} adds every sleep up, which is exact for sequential flows; with concurrent branches it runs ahead of
 * what AWS would show (their waits overlap in reality).
 */
public final class VirtualClock implements ExecutionClock {

    private final AtomicReference<Instant> now;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private final ThreadLocal<long[]> sleptByThread = ThreadLocal.withInitial(() -> new long[1]);

    /** Starts at 2024-01-01T00:00:00Z. */
    public VirtualClock() {
        this(Instant.parse("2024-01-01T00:00:00Z"));
    }

    public VirtualClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    @Override
    public Instant now() {
        return now.get();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        Duration requested = duration.isNegative() ? Duration.ZERO : duration;
        sleeps.add(requested);
        sleptByThread.get()[0] += requested.toNanos();
        now.updateAndGet(t -> t.plus(requested));
    }

    /**
     * Runs the work in the calling thread; it timed out when it slept on this clock for longer than the limit, and the
     * clock then reads as if it had stopped at the limit.
     */
    @Override
    public <T> T call(Callable<T> work, Duration timeout) throws Exception {
        long before = sleptByThread.get()[0];
        T result = work.call();
        long slept = sleptByThread.get()[0] - before;
        if (timeout != null && slept > timeout.toNanos()) {
            // The timeout fired when the limit passed, not when the handler finished: give back the excess.
            Duration excess = Duration.ofNanos(slept - timeout.toNanos());
            now.updateAndGet(t -> t.minus(excess));
            throw new TimeoutException("the work took " + Duration.ofNanos(slept) + " of virtual time");
        }
        return result;
    }

    /** Moves the clock without recording a sleep (time passing outside the executor). */
    public void advance(Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    /** Every duration passed to {@link #sleep}, in call order. */
    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
