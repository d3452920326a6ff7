package org.nhlakehouse.core.tasks;

import org.nhlakehouse.core.landing.FileLander;
import org.nhlakehouse.core.landing.LandingOutcome;
import org.nhlakehouse.core.landing.RefusalReason;
import org.nhlakehouse.core.pipeline.FileLog;
import org.nhlakehouse.core.storage.ObjectInfo;
import org.nhlakehouse.core.storage.ObjectKeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * "Land the new file": reads one raw file under {@code bronze/} and writes its Bronze rows, or records why it was
 * refused. A file version the log already knows is left alone, so a re-delivered event lands nothing twice.
 *
 * <p>
 * A retry by the same execution (its first answer lost) reports the outcome that execution recorded.
 *
 * <p>
 * In: {@code {"key": "bronze/pbj/...", "execution": "..."}}. Out: {@code {"key", "fileId", "status": landed | refused
 * | known, "dataset", "rowsIn", "reason", "detail"}}.
 */
final class LandFileTask implements PipelineTask {

    private final PipelineServices services;

    LandFileTask(PipelineServices services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "landFile";
    }

    @Override
    public JsonNode apply(JsonNode input) {
        String key = BatchJson.text(input, "key");
        String execution = BatchJson.text(input, "execution");
        ObjectNode out = BatchJson.JSON.createObjectNode().put("key", key);
        if (!ObjectKeys.isSafe(key)) {
            return refuseKey(key, execution, out);
        }
        ObjectInfo info = services.warehouse().store().head(key)
                .orElseThrow(() -> new IllegalArgumentException("No object " + key + " to land"));
        String fileId = FileLander.fileId(key, info.etag());
        FileLog.Entry known = services.fileLog().entries().get(fileId);
        if (known != null && !known.isFound()) {
            return known.recordedBy(execution) ? recordedOutcome(known, out)
                    : out.put("fileId", fileId)
                            .put("status", "known");
        }
        LandingOutcome outcome = services.landing().land(key, execution);
        out.put("fileId", outcome.fileId());
        switch (outcome) {
            case LandingOutcome.Landed landed -> out.put("status", "landed")
                    .put("dataset", landed.file().dataset().id()).put("rowsIn", landed.file().rowsIn());
            case LandingOutcome.Refused refused -> out.put("status", "refused")
                    .put("dataset", refused.dataset().map(d -> d.id()).orElse("unrecognized"))
                    .put("reason", refused.reason().code()).put("detail", refused.detail());
        }
        return out;
    }

    /**
     * A browser upload's name ("PBJ Q2 2024 (1).csv") makes a key this lakehouse never reads or writes under (keys end
     * up in paths, URLs and SQL locations): the file is recorded as refused, with the name to upload it under instead.
     */
    private JsonNode refuseKey(String key, String execution, ObjectNode out) {
        StartPipelineTask.requireDatasetFolder(key);
        String dataset = key.split("/")[1];
        String fileId = FileLander.fileId(key, "unsafe-key");
        String safeName = ObjectKeys.safeSegment(key.substring(key.lastIndexOf('/') + 1));
        String detail = "The key has characters other than letters, digits and . _ - = / (a space, or \"(1)\" from a"
                + " browser upload); upload the file again as bronze/" + dataset + "/" + safeName;
        FileLog.Entry known = services.fileLog().entries().get(fileId);
        if (known == null) {
            services.fileLog().recordRefusedKey(fileId, key, dataset, RefusalReason.UNSAFE_KEY, detail, execution,
                    services.clock().instant());
        }
        boolean earlierRun = known != null && !known.recordedBy(execution);
        return out.put("fileId", fileId).put("status", earlierRun ? "known" : "refused").put("dataset", dataset)
                .put("reason", RefusalReason.UNSAFE_KEY.code()).put("detail", detail);
    }

    /**
     * The outcome this execution already recorded for the file: the task ran to its end before, but its answer was
     * lost (on AWS, a Lambda response that never reached Step Functions, which retries the task). Reporting it as
     * "known" would leave the file out of the run's report although the run landed it.
     */
    private static JsonNode recordedOutcome(FileLog.Entry recorded, ObjectNode out) {
        out.put("fileId", recorded.fileId());
        String dataset = recorded.dataset().map(d -> d.id()).orElse("unrecognized");
        if (recorded.isRefused()) {
            return out.put("status", "refused").put("dataset", dataset)
                    .put("reason", recorded.refusalReason().orElse("")).put("detail", recorded.refusalDetail().orElse(""));
        }
        return out.put("status", "landed").put("dataset", dataset).put("rowsIn", recorded.rowsIn());
    }
}
