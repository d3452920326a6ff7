package org.nhlakehouse.core.tasks;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.nhlakehouse.core.storage.ObjectKeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Starts the pipeline for an S3 "Object Created" event from EventBridge (or the same event shape emitted locally).
 *
 * <p>
 * The key must follow a strict pattern: {@code bronze/<dataset>/...} with a dataset from the allow-list (or
 * {@code unrecognized}, so that landing records the refusal), no {@code ..}, no control character, at most
 * {@value ObjectKeys#MAX_LENGTH} characters; the bucket must be the lakehouse's. Anything else is rejected with a logged
 * reason and starts nothing. A key with other unsafe characters (a browser's "Q2 2024 (1).csv") starts a run, whose
 * landing records the file as refused for its key (it is never read under that key). The execution name comes from bucket, key,
 * ETag and the event's sequencer, so a re-delivered
 * event (EventBridge delivers at least once) starts no second run ({@code ExecutionAlreadyExists} counts as success),
 * while a re-upload of the same bytes does.
 */
public final class StartPipelineTask implements PipelineTask {

    /** The prefixes under bronze/ whose new objects start a run. */
    public static final Set<String> DATASET_PREFIXES = Set.of("pbj", "provider_info", "collection_intervals",
            "unrecognized");
    private static final Pattern ETAG = Pattern.compile("\"?[A-Za-z0-9-]{1,64}\"?");
    private static final Pattern SEQUENCER = Pattern.compile("[0-9A-Fa-f]{1,64}");

    private final String bucket;
    private final String stateMachineArn;
    private final ExecutionStarter starter;
    private final System.Logger log = System.getLogger(StartPipelineTask.class.getName());

    public StartPipelineTask(String bucket, String stateMachineArn, ExecutionStarter starter) {
        this.bucket = bucket;
        this.stateMachineArn = stateMachineArn;
        this.starter = starter;
    }

    @Override
    public String name() {
        return "startPipeline";
    }

    @Override
    public JsonNode apply(JsonNode event) {
        ObjectNode out = BatchJson.JSON.createObjectNode();
        String eventBucket = event.path("detail").path("bucket").path("name").asText("");
        String key = event.path("detail").path("object").path("key").asText("");
        String etag = event.path("detail").path("object").path("etag").asText("");
        Optional<String> problem = problem(event, eventBucket, key, etag);
        if (problem.isPresent()) {
            log.log(System.Logger.Level.WARNING, "Not starting the pipeline for {0}: {1}",
                    ObjectKeys.isSafe(key) ? key : "an unsafe key", problem.get());
            return out.put("started", false).put("reason", problem.get());
        }
        String sequencer = event.path("detail").path("object").path("sequencer").asText("");
        String name = ExecutionNames.forObject(eventBucket, key, etag,
                SEQUENCER.matcher(sequencer).matches() ? sequencer : "");
        ObjectNode input = BatchJson.JSON.createObjectNode().put("bucket", eventBucket);
        input.putArray("keys").add(key);
        ExecutionStart start = starter.start(stateMachineArn, name, input.toString());
        return out.put("started", !start.alreadyStarted()).put("alreadyStarted", start.alreadyStarted())
                .put("executionName", name).put("executionArn", start.executionArn());
    }

    /** Whether a key names a raw file a run lands: a safe key under {@code bronze/<dataset>/} of the allow-list. */
    public static boolean isRawFileKey(String key) {
        return ObjectKeys.isSafe(key) && isUnderADatasetFolder(key);
    }

    /**
     * Whether a key is under {@code bronze/<dataset>/} of the allow-list, at most {@value ObjectKeys#MAX_LENGTH}
     * characters, with no control character and no empty, "." or ".." segment. Such a key starts a run even with other
     * characters (a space, "(1)"): landing then records the file as refused for its key, so that nothing is lost
     * silently.
     */
    static boolean isUnderADatasetFolder(String key) {
        if (key.isEmpty() || key.length() > ObjectKeys.MAX_LENGTH || key.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        String[] segments = key.split("/", -1);
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return segments.length >= 3 && segments[0].equals("bronze") && DATASET_PREFIXES.contains(segments[1]);
    }

    /** Throws unless {@link #isUnderADatasetFolder}. */
    static void requireDatasetFolder(String key) {
        if (!isUnderADatasetFolder(key)) {
            throw new IllegalArgumentException("Not a raw file key under bronze/<dataset>/: "
                    + key.substring(0, Math.min(80, key.length())).replaceAll("\\p{Cntrl}", "?"));
        }
    }

    /** The event EventBridge sends for a new S3 object (the fields this task reads, and their neighbours). */
    public static ObjectNode objectCreatedEvent(String bucket, String key, long size, String etag) {
        return objectCreatedEvent(bucket, key, size, etag, "");
    }

    /** As {@link #objectCreatedEvent(String, String, long, String)}, for one write ({@code sequencer}, hex). */
    public static ObjectNode objectCreatedEvent(String bucket, String key, long size, String etag, String sequencer) {
        ObjectNode event = BatchJson.JSON.createObjectNode().put("version", "0").put("detail-type", "Object Created")
                .put("source", "aws.s3");
        ObjectNode detail = event.putObject("detail");
        detail.put("version", "0");
        detail.putObject("bucket").put("name", bucket);
        ObjectNode object = detail.putObject("object").put("key", key).put("size", size).put("etag", etag);
        if (!sequencer.isEmpty()) {
            object.put("sequencer", sequencer);
        }
        detail.put("reason", "PutObject");
        return event;
    }

    private Optional<String> problem(JsonNode event, String eventBucket, String key, String etag) {
        if (!"Object Created".equals(event.path("detail-type").asText())) {
            return Optional.of("not an Object Created event");
        }
        if (!eventBucket.equals(bucket)) {
            return Optional.of("the object is in bucket '" + eventBucket + "', not the lakehouse's");
        }
        if (!isUnderADatasetFolder(key)) {
            return Optional.of("the key is not under bronze/<dataset>/ for a dataset in " + DATASET_PREFIXES
                    + ", or is longer than " + ObjectKeys.MAX_LENGTH + " characters, or has control characters or"
                    + " empty, '.' or '..' segments");
        }
        if (!ETAG.matcher(etag).matches()) {
            return Optional.of("the event carries no usable ETag");
        }
        return Optional.empty();
    }
}
