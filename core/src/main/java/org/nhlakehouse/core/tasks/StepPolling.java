package org.nhlakehouse.core.tasks;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * How long the state machine waits before checking a running SQL step again ("Wait before checking again" reads the
 * check's {@code waitSeconds}): 2, 4, 8, 16, then every 30 s. Step Functions keeps at most 25,000 events of an
 * execution's history and each check costs nine, so a fixed 3 s poll would use them up within about 2.4 hours of SQL
 * time; with this back-off a run stays far below the quota for as long as its 6 h timeout allows
 * ({@code StepFunctionsHistoryBudgetTest}), and a short step is still seen done within seconds.
 */
public final class StepPolling {

    public static final int FIRST_WAIT_SECONDS = 2;
    public static final int LONGEST_WAIT_SECONDS = 30;

    private StepPolling() {
    }

    /** The wait after a check that found the query running, from the previous check's answer (missing: the first). */
    public static int nextWaitSeconds(JsonNode previousCheck) {
        int previous = previousCheck == null ? 0 : previousCheck.path("waitSeconds").asInt(0);
        return previous <= 0 ? FIRST_WAIT_SECONDS : Math.min(LONGEST_WAIT_SECONDS, previous * 2);
    }
}
