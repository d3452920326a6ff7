package org.nhlakehouse.core.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.nhlakehouse.core.landing.Dataset;
import org.nhlakehouse.core.pipeline.Batch;
import org.nhlakehouse.core.sql.PipelineStep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * "Acquire the pipeline lease": takes the lease for this execution, then plans the batch of every landed file still
 * waiting, and the stages of SQL steps that process it (from sql/manifest.yaml). Steps within a stage run in parallel:
 * the per-dataset tracks of the stage and merge phases; every other step is a stage of its own.
 *
 * <p>
 * In: {@code {"execution": "...", "landed": [landFile outputs]}}. Out: {@code {"acquired": false, "holder"}} while
 * another run holds the lease; else {@code {"acquired": true, "empty", "batch", "stages": [[step...]...],
 * "filesLanded", "filesRefused", "startedAt"}}.
 */
final class PlanBatchTask implements PipelineTask {

    private final PipelineServices services;

    PlanBatchTask(PipelineServices services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "planBatch";
    }

    @Override
    public JsonNode apply(JsonNode input) {
        String execution = BatchJson.text(input, "execution");
        ObjectNode out = BatchJson.JSON.createObjectNode();
        if (!services.lease().tryAcquire(execution, services.clock().instant())) {
            return out.put("acquired", false)
                    .put("holder", services.lease().holder(services.clock().instant()).orElse("unknown"));
        }
        out.put("acquired", true);
        Batch batch = services.fileLog().pendingBatch(execution, services.now());
        long landed = 0;
        long refused = 0;
        for (JsonNode file : input.path("landed")) {
            String status = file.path("status").asText();
            landed += status.equals("landed") ? 1 : 0;
            refused += status.equals("refused") ? 1 : 0;
        }
        out.put("filesLanded", landed).put("filesRefused", refused).put("startedAt", batch.now().toString());
        if (batch.isEmpty()) {
            return out.put("empty", true);
        }
        services.runLog().started(execution, batch.now(), landed, refused);
        out.put("empty", false).set("batch", BatchJson.write(batch));
        out.set("stages", stages(batch));
        return out;
    }

    private ArrayNode stages(Batch batch) {
        ArrayNode stages = BatchJson.JSON.createArrayNode();
        for (PipelineStep.Phase phase : PipelineStep.Phase.values()) {
            List<PipelineStep> steps = services.warehouse().catalog().steps().stream()
                    .filter(s -> s.phase() == phase)
                    .filter(s -> s.dataset().isEmpty() || batch.has(s.dataset().get()))
                    .toList();
            if (phase.runsPerDataset()) {
                Map<Dataset, List<PipelineStep>> tracks = new TreeMap<>();
                steps.forEach(s -> tracks.computeIfAbsent(s.dataset().orElseThrow(), d -> new ArrayList<>()).add(s));
                int longest = tracks.values().stream().mapToInt(List::size).max().orElse(0);
                for (int i = 0; i < longest; i++) {
                    ArrayNode stage = stages.addArray();
                    for (List<PipelineStep> track : tracks.values()) {
                        if (i < track.size()) {
                            stage.add(step(track.get(i)));
                        }
                    }
                }
            } else {
                steps.forEach(s -> stages.addArray().add(step(s)));
            }
        }
        return stages;
    }

    private static ObjectNode step(PipelineStep step) {
        return BatchJson.JSON.createObjectNode().put("id", step.id()).put("title", step.title())
                .put("kind", step.kind().name().toLowerCase(java.util.Locale.ROOT));
    }
}
