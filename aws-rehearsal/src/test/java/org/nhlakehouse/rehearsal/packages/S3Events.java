package org.nhlakehouse.rehearsal.packages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * S3 events as EventBridge delivers them when the bucket sends its events to EventBridge
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/ev-events.html).
 */
public final class S3Events {

    private static final ObjectMapper JSON = new ObjectMapper();

    private S3Events() {
    }

    /** An "Object Created" event for a PutObject of {@code key} into {@code bucket}. */
    public static String objectCreated(String bucket, String key, long size, String etag) {
        ObjectNode event = JSON.createObjectNode().put("version", "0")
                .put("id", "17793124-05d4-b198-2fde-7ededc63b103").put("detail-type", "Object Created")
                .put("source", "aws.s3").put("account", "123456789012").put("time", "2026-12-06T12:00:00Z")
                .put("region", "us-east-1");
        event.putArray("resources").add("arn:aws:s3:::" + bucket);
        ObjectNode detail = event.putObject("detail").put("version", "0");
        detail.putObject("bucket").put("name", bucket);
        detail.putObject("object").put("key", key).put("size", size).put("etag", etag)
                .put("sequencer", "00617F08299329D189");
        detail.put("request-id", "N4N7GDK58NMKJ12R").put("requester", "123456789012")
                .put("source-ip-address", "127.0.0.1").put("reason", "PutObject");
        return event.toString();
    }
}
