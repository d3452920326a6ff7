package org.nhlakehouse.core.pipeline;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What landing did with one raw file, as the land task reports it.
 *
 * @param key the raw file's key
 * @param fileId its version's id
 * @param status landed, refused, or known (landed by an earlier run)
 * @param dataset the dataset it belongs to (unrecognized when none)
 * @param rowsIn data rows, when landed
 * @param reason the refusal code, when refused
 * @param detail the refusal message, when refused
 */
public record FileResult(String key, String fileId, String status, String dataset, long rowsIn,
        Optional<String> reason, Optional<String> detail) {

    public static FileResult of(JsonNode node) {
        return new FileResult(node.path("key").asText(), node.path("fileId").asText(), node.path("status").asText(),
                node.path("dataset").asText("unrecognized"), node.path("rowsIn").asLong(0),
                Optional.ofNullable(node.get("reason")).map(JsonNode::asText),
                Optional.ofNullable(node.get("detail")).map(JsonNode::asText));
    }

    public String fileName() {
        return key.substring(key.lastIndexOf('/') + 1);
    }

    public boolean isRefused() {
        return status.equals("refused");
    }

    public boolean isLanded() {
        return status.equals("landed");
    }
}
