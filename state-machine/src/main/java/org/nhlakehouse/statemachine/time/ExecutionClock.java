package org.nhlakehouse.statemachine.time;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;

/**
 * Every notion of time the executor uses: history timestamps, Wait states, retry delays and timeouts. Production code
 * uses {@link ScaledClock} (time scale 1.0 is real time); tests use {@link VirtualClock}, which never blocks.
 */
public interface ExecutionClock {

    /** The current time on this clock. */
    Instant now();

    /**
     * Lets {@code duration} of clock time pass: a Wait state or a retry delay. Implementations must respond to
     * interruption, which is how a failed Parallel/Map cancels its other branches.
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Runs a task handler, giving up when more than {@code timeout} of clock time passes ({@code null}: no limit).
     *
     * @throws TimeoutException when the limit passed; the handler's eventual result is discarded
     * @throws Exception whatever the work threw
     */
    <T> T call(Callable<T> work, Duration timeout) throws Exception;

    /** Real time, for production runs. */
    static ExecutionClock system() {
        return new ScaledClock(1.0);
    }
}
