package org.nhlakehouse.statemachine.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class ClocksTest {

    @Test
    void scaledClockAtZero_skipsWaitsButMovesItsTimeOn() throws Exception {
        ScaledClock clock = new ScaledClock(0.0);
        Instant before = clock.now();

        long startNanos = System.nanoTime();
        clock.sleep(Duration.ofHours(1));

        assertThat(Duration.ofNanos(System.nanoTime() - startNanos)).isLessThan(Duration.ofSeconds(5));
        assertThat(Duration.between(before, clock.now())).isGreaterThanOrEqualTo(Duration.ofHours(1));
    }

    @Test
    void scaledClock_rejectsScalesOutsideZeroToOne() {
        assertThatThrownBy(() -> new ScaledClock(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScaledClock(2.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScaledClock(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scaledClock_timesOutWorkThatBlocks_andInterruptsIt() throws Exception {
        ScaledClock clock = new ScaledClock(1.0);
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);

        assertThatThrownBy(() -> clock.call(() -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "late";
        }, Duration.ofMillis(50))).isInstanceOf(TimeoutException.class);
        assertThat(interrupted.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void scaledClock_returnsResultsAndRethrowsFailures() throws Exception {
        ScaledClock clock = new ScaledClock(1.0);

        assertThat(clock.call(() -> "fast", Duration.ofSeconds(10))).isEqualTo("fast");
        assertThat(clock.call(() -> "no limit", null)).isEqualTo("no limit");
        assertThatThrownBy(() -> clock.call(() -> {
            throw new IllegalStateException("boom");
        }, Duration.ofSeconds(10))).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    }

    @Test
    void virtualClock_recordsSleepsAndNeverBlocks() throws Exception {
        VirtualClock clock = new VirtualClock(Instant.parse("2030-01-01T00:00:00Z"));

        clock.sleep(Duration.ofDays(3));
        clock.sleep(Duration.ofSeconds(-5));
        clock.advance(Duration.ofMinutes(1));

        assertThat(clock.sleeps()).containsExactly(Duration.ofDays(3), Duration.ZERO);
        assertThat(clock.now()).isEqualTo(Instant.parse("2030-01-04T00:01:00Z"));
    }

    @Test
    void virtualClock_timesOutWorkBySleepsOnItsOwnThread_andStopsTheClockAtTheLimit() {
        VirtualClock clock = new VirtualClock(Instant.parse("2030-01-01T00:00:00Z"));

        assertThatThrownBy(() -> clock.call(() -> {
            clock.sleep(Duration.ofSeconds(90));
            return "done";
        }, Duration.ofSeconds(60))).isInstanceOf(TimeoutException.class);
        assertThat(clock.now()).isEqualTo(Instant.parse("2030-01-01T00:01:00Z"));
    }

    @Test
    void virtualClock_sleepHonoursInterruption() {
        VirtualClock clock = new VirtualClock();
        AtomicBoolean threw = new AtomicBoolean();

        Thread.currentThread().interrupt();
        try {
            clock.sleep(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            threw.set(true);
        }

        assertThat(threw).isTrue();
        assertThat(clock.sleeps()).isEmpty();
    }
}
