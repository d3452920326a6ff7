package org.nhlakehouse.core.tasks;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.nhlakehouse.core.pipeline.Batch;
import org.nhlakehouse.core.pipeline.PoisonedFiles;
import org.nhlakehouse.core.pipeline.RunLog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * "Finish the run": records the run's outcome and totals in {@code ops.pipeline_runs} and releases the lease. The
 * totals are over the batch's files still processed; a file refused while the run typed it ({@link PoisonedFiles}) is
 * counted as refused and listed.
 *
 * <p>
 * In: {@code {"execution", "plan": planBatch output}}. Out: the run's summary, with {@code "refused": [{"key", "fileId",
 * "status", "dataset", "reason", "detail"}]}.
 */
final class FinishRunTask implements PipelineTask {

    private final PipelineServices services;

    FinishRunTask(PipelineServices services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "finishRun";
    }

    @Override
    public JsonNode apply(JsonNode input) {
        String execution = BatchJson.text(input, "execution");
        JsonNode plan = input.path("plan");
        ObjectNode out = BatchJson.JSON.createObjectNode().put("runId", execution);
        if (plan.path("empty").asBoolean(true)) {
            services.lease().release(execution, services.clock().instant());
            return out.put("files", 0);
        }
        Batch batch = BatchJson.read(plan.path("batch"));
        List<PoisonedFiles.Refusal> refused = services.poisonedFiles().refusedIn(batch);
        Set<String> refusedIds = PoisonedFiles.fileIds(refused);
        RunLog.Summary summary = services.runLog().summarize(batch.allFileIds().stream()
                .filter(id -> !refusedIds.contains(id)).toList());
        services.runLog().succeeded(execution, LocalDateTime.parse(BatchJson.text(plan, "startedAt")), services.now(),
                plan.path("filesLanded").asLong(), plan.path("filesRefused").asLong() + refused.size(), summary);
        services.lease().release(execution, services.clock().instant());
        out.put("batchId", batch.batchId()).put("files", summary.files()).put("rowsIn", summary.rowsIn())
                .put("rowsKept", summary.rowsKept()).put("rowsRejected", summary.rowsRejected())
                .put("rowsSuperseded", summary.rowsSuperseded()).put("facilities", summary.facilities())
                .put("quarters", summary.quarters());
        ArrayNode refusedOut = out.putArray("refused");
        for (PoisonedFiles.Refusal refusal : refused) {
            refusedOut.addObject().put("key", refusal.sourceKey()).put("fileId", refusal.fileId())
                    .put("status", "refused").put("dataset", refusal.dataset().id()).put("reason", refusal.reason())
                    .put("detail", refusal.detail());
        }
        return out;
    }
}
