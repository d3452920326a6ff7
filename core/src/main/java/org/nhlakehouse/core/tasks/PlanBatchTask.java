package org.nhlakehouse.core.tasks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.nhlakehouse.core.landing.Dataset;
import org.nhlakehouse.core.landing.FileLander;
import org.nhlakehouse.core.pipeline.Batch;
import org.nhlakehouse.core.sql.PipelineStep;
import org.nhlakehouse.core.storage.ObjectInfo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * "Acquire the pipeline lease": takes the lease for this execution, then plans the batch of every landed file still
 * waiting, and the stages of SQL steps that process it (from sql/manifest.yaml). Steps within a stage run in parallel:
 * the per-dataset tracks of the stage and merge phases; every other step is a stage of its own. The plan ends with the
 * Iceberg maintenance of the tables its steps write (compaction, snapshot expiry; none on DuckDB).
 *
 * <p>
 * First it sweeps Bronze: a raw file with no row in the file log, older than {@link #SWEEP_GRACE} (so its own execution
 * is not still landing it), is one whose landing failed or whose event started nothing (a re-upload of the same bytes
 * within Step Functions' 90 days of execution names). It is recorded as {@code found} (data health shows it) and
 * handed back as {@code unlanded}, which the state machine lands before asking again; at most
 * {@value #MOST_FOUND_PER_PASS} per pass.
 *
 * <p>
 * In: {@code {"execution": "...", "landed": [landFile outputs], "previous": the previous answer}}. Out:
 * {@code {"acquired": false, "holder"}} while another run holds the lease; {@code {"acquired": true, "empty": true,
 * "unlanded": [key...], "filesLanded", "filesRefused"}} when the sweep found files to land; else
 * {@code {"acquired": true, "empty", "batch", "stages": [[step...]...], "filesLanded", "filesRefused", "startedAt"}}.
 */
final class PlanBatchTask implements PipelineTask {

    /** Longer than a landing may take (Lambda's 15 min limit): a newer file may still be landing in its execution. */
    static final Duration SWEEP_GRACE = Duration.ofMinutes(15);
    static final int MOST_FOUND_PER_PASS = 25;

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
        long landed = input.path("previous").path("filesLanded").asLong(0);
        long refused = input.path("previous").path("filesRefused").asLong(0);
        Set<String> attempted = new HashSet<>();
        for (JsonNode file : input.path("landed")) {
            String status = file.path("status").asText();
            landed += status.equals("landed") ? 1 : 0;
            refused += status.equals("refused") ? 1 : 0;
            attempted.add(file.path("key").asText());
        }
        out.put("filesLanded", landed).put("filesRefused", refused);
        List<ObjectInfo> found = sweep(attempted);
        if (!found.isEmpty()) {
            ArrayNode keys = out.put("empty", true).putArray("unlanded");
            for (ObjectInfo object : found) {
                services.fileLog().recordFound(FileLander.fileId(object.key(), object.etag()), object,
                        object.key().split("/")[1], execution, services.clock().instant());
                keys.add(object.key());
            }
            return out;
        }
        Batch batch = services.fileLog().pendingBatch(execution, services.now());
        out.put("startedAt", batch.now().toString());
        if (batch.isEmpty()) {
            return out.put("empty", true);
        }
        services.runLog().started(execution, batch.now(), landed, refused);
        out.put("empty", false).set("batch", BatchJson.write(batch));
        out.set("stages", stages(batch));
        return out;
    }

    /** Raw files in Bronze not landed yet, and not just attempted by this run, that no other run is still landing. */
    private List<ObjectInfo> sweep(Set<String> attempted) {
        Instant settled = services.clock().instant().minus(SWEEP_GRACE);
        return services.landing().unlanded().stream()
                .filter(o -> StartPipelineTask.isRawFileKey(o.key()) && !attempted.contains(o.key()))
                .filter(o -> o.lastModified().isBefore(settled))
                .limit(MOST_FOUND_PER_PASS).toList();
    }

    private ArrayNode stages(Batch batch) {
        ArrayNode stages = BatchJson.JSON.createArrayNode();
        List<PipelineStep> planned = new ArrayList<>();
        for (PipelineStep.Phase phase : PipelineStep.Phase.values()) {
            List<PipelineStep> steps = services.warehouse().catalog().steps().stream()
                    .filter(s -> s.phase() == phase)
                    .filter(s -> s.dataset().isEmpty() || batch.has(s.dataset().get()))
                    .toList();
            planned.addAll(steps);
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
        // Last, once the batch's files are marked processed: Iceberg maintenance of the tables the steps wrote, one
        // statement at a time (a table takes one writer).
        services.warehouse().maintenanceSteps(planned).forEach(s -> stages.addArray().add(step(s)));
        return stages;
    }

    private static ObjectNode step(PipelineStep step) {
        return BatchJson.JSON.createObjectNode().put("id", step.id()).put("title", step.title())
                .put("kind", step.kind().name().toLowerCase(java.util.Locale.ROOT));
    }
}
