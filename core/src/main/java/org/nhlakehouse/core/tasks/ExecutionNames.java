package org.nhlakehouse.core.tasks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Execution names that are the same for the same S3 write, so that a re-delivered S3 event (EventBridge delivers at
 * least once) maps onto the execution that already exists instead of starting a second one. A new write of the same
 * bytes (a re-upload: same key and ETag, a new event {@code sequencer}) gets a new name, so it starts a run: Standard
 * workflows keep execution names for 90 days, and a re-upload is how a user asks again for a file whose landing failed.
 *
 * <p>
 * Step Functions names are 1 to 80 characters and, for executions to be logged to CloudWatch, only
 * {@code [A-Za-z0-9-_]} (https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html). A
 * name here is a readable part taken from the key's file name and a hash of bucket, key and ETag:
 * {@code pbj_daily_nurse_staffing_2024q2_csv-3f1c9a0b7e6d5c4b2a1908f7}.
 */
public final class ExecutionNames {

    public static final int MAX_LENGTH = 80;
    /** 24 hex digits (96 bits) of SHA-256: collisions between distinct objects are not a practical concern. */
    private static final int HASH_HEX_DIGITS = 24;
    private static final int MAX_READABLE = MAX_LENGTH - HASH_HEX_DIGITS - 1;
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{1,80}");
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^A-Za-z0-9_-]+");

    private ExecutionNames() {
    }

    /** The execution name for one version of one S3 object. */
    public static String forObject(String bucket, String key, String etag) {
        return forObject(bucket, key, etag, "");
    }

    /**
     * The execution name for one write of one S3 object.
     *
     * @param writeId what tells two writes of the same bytes apart: the S3 event's {@code sequencer} (the same in a
     *        re-delivered event); empty when the event has none
     */
    public static String forObject(String bucket, String key, String etag, String writeId) {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(writeId, "writeId");
        String normalizedEtag = etag.replace("\"", "");
        String hash = sha256Hex(bucket + "\n" + key + "\n" + normalizedEtag + (writeId.isEmpty() ? "" : "\n" + writeId))
                .substring(0, HASH_HEX_DIGITS);
        String fileName = key.substring(key.lastIndexOf('/') + 1);
        String readable = NOT_ALLOWED.matcher(fileName.toLowerCase(Locale.ROOT)).replaceAll("_");
        readable = trimUnderscores(readable);
        if (readable.length() > MAX_READABLE) {
            readable = readable.substring(0, MAX_READABLE);
        }
        return readable.isEmpty() ? hash : readable + "-" + hash;
    }

    public static boolean isValid(String name) {
        return name != null && VALID.matcher(name).matches();
    }

    private static String trimUnderscores(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '_') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '_') {
            end--;
        }
        return s.substring(start, end);
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required JDK algorithm", e);
        }
    }
}
