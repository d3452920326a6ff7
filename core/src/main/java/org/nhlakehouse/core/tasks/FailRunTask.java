package org.nhlakehouse.core.tasks;

import java.time.LocalDateTime;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * "Record the failure": a step failed for good, so the run records why in {@code ops.pipeline_runs}, frees the lease
 * for the next run (which will process the same files again: every step is idempotent), and tells people.
 *
 * <p>
 * In: {@code {"execution", "error": {"Error", "Cause"}, "plan": planBatch output, if the run got that far}}.
 */
final class FailRunTask implements PipelineTask {

    private final PipelineServices services;

    FailRunTask(PipelineServices services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "failRun";
    }

    @Override
    public JsonNode apply(JsonNode input) {
        String execution = BatchJson.text(input, "execution");
        String error = input.path("error").path("Error").asText("Unknown");
        String cause = input.path("error").path("Cause").asText("");
        String message = error + ": " + cause;
        JsonNode plan = input.path("plan");
        if (plan.path("acquired").asBoolean(false) && !plan.path("empty").asBoolean(true)) {
            services.runLog().failed(execution, LocalDateTime.parse(BatchJson.text(plan, "startedAt")),
                    services.now(), plan.path("filesLanded").asLong(), plan.path("filesRefused").asLong(), message);
        }
        services.lease().release(execution, services.clock().instant());
        services.notifier().notify("NH Lakehouse pipeline run " + execution + " failed", message);
        return BatchJson.JSON.createObjectNode().put("runId", execution).put("error", error).put("cause", cause);
    }
}
