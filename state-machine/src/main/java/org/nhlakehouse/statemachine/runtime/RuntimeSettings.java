package org.nhlakehouse.statemachine.runtime;

import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

import org.nhlakehouse.statemachine.task.TaskRegistry;
import org.nhlakehouse.statemachine.time.ExecutionClock;

/**
 * What every execution of one executor shares.
 *
 * @param registry Task resources to handlers
 * @param clock time for waits, retries, timeouts and history timestamps
 * @param branches runs Parallel branches and Map iterations (one thread per task suits it best)
 * @param random drives FULL jitter and States.UUID; seed it for repeatable runs
 * @param region region used in the ARNs of the Context Object
 * @param accountId account used in the ARNs of the Context Object
 * @param errorNames error name for an exception a handler throws (other than TaskFailedException)
 * @param maxPayloadBytes the payload quota (Step Functions: 256 KiB)
 * @param maxHistoryEvents a runaway guard (Step Functions: 25,000 events per execution)
 */
public record RuntimeSettings(TaskRegistry registry, ExecutionClock clock, ExecutorService branches, Random random,
        String region, String accountId, Function<Throwable, String> errorNames, int maxPayloadBytes,
        int maxHistoryEvents) {
}
