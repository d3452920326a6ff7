package org.nhlakehouse.statemachine.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs Parallel branches or Map iterations concurrently, at most {@code maxConcurrency} at a time (0: all at once),
 * starting them in order, and returns their outputs in order. MaxConcurrency 1 therefore runs them one after the other
 * in order, as the spec requires. The first failure cancels the others (their scopes are cancelled and their threads
 * interrupted), waits for them to stop, and is rethrown, as "all the branches are terminated" in Step Functions.
 */
final class BranchPool {

    /** One branch or iteration, run in its own scope. */
    @FunctionalInterface
    interface Branch {
        JsonNode run(Scope scope) throws StatesError, InterruptedException;
    }

    private BranchPool() {
    }

    static List<JsonNode> runAll(ExecutorService executor, Scope parent, List<String> names, List<Branch> branches,
            int maxConcurrency) throws StatesError, InterruptedException {
        int count = branches.size();
        int limit = maxConcurrency <= 0 ? count : maxConcurrency;
        AtomicBoolean cancelled = new AtomicBoolean();
        JsonNode[] results = new JsonNode[count];
        Throwable[] failures = new Throwable[count];
        AtomicReferenceArray<Thread> threads = new AtomicReferenceArray<>(count);
        LinkedBlockingQueue<Integer> finished = new LinkedBlockingQueue<>();
        int started = 0;
        int running = 0;
        Throwable failure = null;
        try {
            while ((started < count || running > 0) && failure == null) {
                while (running < limit && started < count) {
                    int index = started++;
                    Scope scope = parent.child(names.get(index), cancelled);
                    executor.execute(() -> {
                        threads.set(index, Thread.currentThread());
                        try {
                            scope.checkActive();
                            results[index] = branches.get(index).run(scope);
                        } catch (Throwable t) {
                            failures[index] = t;
                        } finally {
                            threads.set(index, null);
                            finished.add(index);
                        }
                    });
                    running++;
                }
                int index = finished.take();
                running--;
                failure = failures[index];
            }
        } catch (InterruptedException e) {
            failure = e;
        }
        if (failure == null) {
            return Arrays.asList(results);
        }
        cancelled.set(true);
        for (int i = 0; i < count; i++) {
            Thread thread = threads.get(i);
            if (thread != null) {
                thread.interrupt();
            }
        }
        awaitUninterruptibly(finished, running);
        throw rethrow(failure);
    }

    private static void awaitUninterruptibly(LinkedBlockingQueue<Integer> finished, int running) {
        boolean interrupted = false;
        List<Integer> drained = new ArrayList<>();
        while (drained.size() < running) {
            try {
                drained.add(finished.take());
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static RuntimeException rethrow(Throwable failure) throws StatesError, InterruptedException {
        switch (failure) {
            case StatesError error -> throw error;
            case InterruptedException interrupted -> throw interrupted;
            case RuntimeException runtime -> throw runtime;
            case Error error -> throw error;
            default -> throw new IllegalStateException("Unexpected branch failure", failure);
        }
    }
}
