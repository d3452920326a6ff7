package org.nhlakehouse.core.tasks;

import org.nhlakehouse.core.landing.FileLander;
import org.nhlakehouse.core.landing.LandingOutcome;
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
        String key = ObjectKeys.requireSafe(BatchJson.text(input, "key"));
        String execution = BatchJson.text(input, "execution");
        ObjectNode out = BatchJson.JSON.createObjectNode().put("key", key);
        ObjectInfo info = services.warehouse().store().head(key)
                .orElseThrow(() -> new IllegalArgumentException("No object " + key + " to land"));
        String fileId = FileLander.fileId(key, info.etag());
        FileLog.Entry known = services.fileLog().entries().get(fileId);
        if (known != null && !known.isFound()) {
            return out.put("fileId", fileId).put("status", "known");
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
}
