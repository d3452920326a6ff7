package org.nhlakehouse.statemachine;

import java.time.Instant;

import org.nhlakehouse.statemachine.history.ExecutionHistory;
import org.nhlakehouse.statemachine.json.Json;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A finished execution, shaped like DescribeExecution plus its history. {@code output} is set only when the status is
 * SUCCEEDED; {@code error} and {@code cause} only when it is not.
 */
public record Execution(String name, String executionArn, ExecutionStatus status, JsonNode input, JsonNode output,
        String error, String cause, Instant startDate, Instant stopDate, ExecutionHistory history) {

    public boolean succeeded() {
        return status == ExecutionStatus.SUCCEEDED;
    }

    /**
     * A report for people: the status line and, unless the execution succeeded, its whole history, one event per line
     * with payloads cut short. What a CLI prints when a run fails.
     */
    public String report() {
        StringBuilder out = new StringBuilder("Execution '").append(name).append("' ").append(status);
        if (succeeded()) {
            return out.append(": ").append(Json.truncate(Json.write(output), 500)).append('\n').toString();
        }
        out.append(": ").append(error).append(" - ").append(cause).append('\n');
        out.append(history.render());
        return out.toString();
    }
}
