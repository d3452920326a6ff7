package org.nhlakehouse.core.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.testing.InMemoryObjectStore;

class PipelineLeaseTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final InMemoryObjectStore store = new InMemoryObjectStore();
    private final PipelineLease lease = new PipelineLease(store, Duration.ofHours(2), false);

    @Test
    void oneOwnerAtATime_reentrant_andFreeOnceReleased() {
        assertThat(lease.tryAcquire("run-a", T0)).isTrue();
        assertThat(lease.tryAcquire("run-a", T0.plusSeconds(5))).as("a retried task").isTrue();
        assertThat(lease.tryAcquire("run-b", T0.plusSeconds(10))).isFalse();
        assertThat(lease.holder(T0.plusSeconds(10))).contains("run-a");

        lease.release("run-b", T0.plusSeconds(20));
        assertThat(lease.tryAcquire("run-b", T0.plusSeconds(21))).as("only the owner releases").isFalse();
        lease.release("run-a", T0.plusSeconds(30));
        assertThat(lease.holder(T0.plusSeconds(31))).isEmpty();
        assertThat(lease.tryAcquire("run-b", T0.plusSeconds(31))).isTrue();
    }

    @Test
    void aCrashedOwnersLease_isTakenOverAfterItsTimeToLive() {
        assertThat(lease.tryAcquire("crashed", T0)).isTrue();
        assertThat(lease.tryAcquire("next", T0.plus(Duration.ofMinutes(119)))).isFalse();
        assertThat(lease.tryAcquire("next", T0.plus(Duration.ofMinutes(121)))).isTrue();
        assertThat(lease.tryAcquire("crashed", T0.plus(Duration.ofMinutes(122)))).isFalse();
    }

    @Test
    void aLongRunThatRenewsAsItsStepsProgress_keepsItsLeasePastTheTimeToLive() {
        assertThat(lease.tryAcquire("long-run", T0)).isTrue();
        for (Duration at = Duration.ofMinutes(3); at.compareTo(Duration.ofHours(6)) <= 0; at = at
                .plus(Duration.ofMinutes(3))) {
            assertThat(lease.renew("long-run", T0.plus(at))).as("renewed at " + at).isTrue();
            assertThat(lease.tryAcquire("waiting-run", T0.plus(at).plusSeconds(1))).as("taken at " + at).isFalse();
        }
        assertThat(lease.holder(T0.plus(Duration.ofHours(7)))).contains("long-run");
        assertThat(store.list(PipelineLease.PREFIX).toList()).as("a renewal writes only once half the TTL is gone")
                .hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void aDeadRun_losesItsLeaseAfterTheTimeToLive_andCannotRenewItOnceTakenOver() {
        assertThat(lease.tryAcquire("dead-run", T0)).isTrue();
        assertThat(lease.renew("dead-run", T0.plus(Duration.ofMinutes(90)))).isTrue();
        assertThat(lease.tryAcquire("waiting-run", T0.plus(Duration.ofMinutes(209)))).isFalse();

        assertThat(lease.tryAcquire("waiting-run", T0.plus(Duration.ofMinutes(211)))).isTrue();
        assertThat(lease.renew("dead-run", T0.plus(Duration.ofMinutes(212)))).as("a zombie must stop writing")
                .isFalse();
        assertThat(lease.holder(T0.plus(Duration.ofMinutes(213)))).contains("waiting-run");
    }

    @Test
    void anExpiredLeaseNobodyTookOver_isStillItsOwnersToRenew_butAReleasedOneIsNot() {
        assertThat(lease.tryAcquire("slow-run", T0)).isTrue();
        assertThat(lease.renew("slow-run", T0.plus(Duration.ofHours(3)))).isTrue();
        assertThat(lease.tryAcquire("waiting-run", T0.plus(Duration.ofHours(4)))).isFalse();

        lease.release("slow-run", T0.plus(Duration.ofHours(4)));
        assertThat(lease.renew("slow-run", T0.plus(Duration.ofHours(4)).plusSeconds(1))).isFalse();
    }

    @Test
    void aProcessBoundLease_whoseProcessIsGone_isFreeAtOnce() throws Exception {
        PipelineLease local = new PipelineLease(store, Duration.ofHours(2), true);
        assertThat(local.tryAcquire("killed-run", T0)).isTrue();
        String key = store.list(PipelineLease.PREFIX).toList().getLast().key();
        String content = new String(store.readAllBytes(key), StandardCharsets.UTF_8);
        long deadPid = ProcessHandle.current().pid() + 1_000_000;
        store.delete(key);
        store.putBytes(key, content.replaceAll("\"pid\":\\d+", "\"pid\":" + deadPid).getBytes(), Map.of());

        assertThat(local.tryAcquire("next-run", T0.plusSeconds(1))).isTrue();
    }

    @Test
    void contenders_neverBothWin() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String owner = "run-" + i;
            results.add(threads.submit(() -> {
                start.await();
                return lease.tryAcquire(owner, T0);
            }));
        }
        start.countDown();
        long winners = 0;
        for (Future<Boolean> result : results) {
            winners += result.get() ? 1 : 0;
        }
        threads.shutdown();
        assertThat(winners).isEqualTo(1);
    }
}
