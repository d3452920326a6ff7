package org.nhlakehouse.statemachine.model;

import java.util.List;

/**
 * One element of {@code Retry}. {@code maxDelaySeconds} is null when absent. Defaults (applied while parsing):
 * IntervalSeconds 1, MaxAttempts 3, BackoffRate 2.0, JitterStrategy NONE.
 */
public record Retrier(List<String> errorEquals, int intervalSeconds, int maxAttempts, double backoffRate,
        Integer maxDelaySeconds, JitterStrategy jitterStrategy) {

    public Retrier {
        errorEquals = List.copyOf(errorEquals);
    }
}
