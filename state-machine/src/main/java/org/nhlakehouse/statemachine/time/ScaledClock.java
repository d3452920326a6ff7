package org.nhlakehouse.statemachine.time;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The real clock with a time scale for waiting. {@code sleep(d)} blocks for {@code d × timeScale} of real time and the
 * clock then moves on by the whole {@code d}, so a 60-second Wait state at scale 0.01 takes 0.6 s yet the history still
 * shows 60 s passing, and timeouts measured on the clock stay consistent with waits. Time spent in handlers is real
 * time at any scale, so scaling never makes genuine work (a SQL step) look slower and hit a Task timeout.
 *
 * <p>
 * Scale 1.0 is real time; 0 makes waits instant. The skipped time is kept per clock: executions that share a scaled
 * clock (below 1.0) also share its jumps in time.
 */
public final class ScaledClock implements ExecutionClock {

    private final double timeScale;
    private final AtomicLong skippedNanos = new AtomicLong();

    public ScaledClock(double timeScale) {
        if (!(timeScale >= 0.0 && timeScale <= 1.0)) {
            throw new IllegalArgumentException("timeScale must be between 0.0 and 1.0, not " + timeScale);
        }
        this.timeScale = timeScale;
    }

    public double timeScale() {
        return timeScale;
    }

    @Override
    public Instant now() {
        return Instant.now().plusNanos(skippedNanos.get());
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        long nominal = duration.toNanos();
        long real = (long) (nominal * timeScale);
        if (real > 0) {
            TimeUnit.NANOSECONDS.sleep(real);
        }
        skippedNanos.addAndGet(nominal - real);
    }

    @Override
    public <T> T call(Callable<T> work, Duration timeout) throws Exception {
        if (timeout == null) {
            return work.call();
        }
        FutureTask<T> task = new FutureTask<>(work);
        Thread.ofVirtual().name("asl-task").start(task);
        try {
            return task.get(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw e;
        } catch (InterruptedException e) {
            task.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
