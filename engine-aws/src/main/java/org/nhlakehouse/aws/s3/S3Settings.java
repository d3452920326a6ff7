package org.nhlakehouse.aws.s3;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.nhlakehouse.core.storage.ObjectKeys;

/**
 * Where {@link S3ObjectStore} keeps objects and how it uploads them.
 *
 * @param bucket the bucket name
 * @param keyPrefix a prefix (without leading or trailing '/') put before every key, so that one bucket can hold
 *        several stores; empty for the bucket's root
 * @param pathStyleAccess address the bucket as {@code endpoint/bucket} rather than {@code bucket.endpoint}; needed
 *        by local S3-compatible servers, never on AWS
 * @param multipartThresholdBytes files larger than this go up in a multipart upload
 * @param partSizeBytes the size of each part of a multipart upload (the last one may be smaller); also the most a
 *        streamed upload holds in memory
 */
public record S3Settings(String bucket, Optional<String> keyPrefix, boolean pathStyleAccess,
        long multipartThresholdBytes, long partSizeBytes) {

    public static final long MIB = 1024L * 1024L;
    public static final long DEFAULT_MULTIPART_THRESHOLD = 64 * MIB;
    public static final long DEFAULT_PART_SIZE = 16 * MIB;
    /** S3's limits for a part: at least 5 MiB (except the last), at most 5 GiB. */
    public static final long MIN_PART_SIZE = 5 * MIB;
    public static final long MAX_PART_SIZE = 5 * 1024 * MIB;

    /** S3 bucket naming rules, general-purpose buckets (no dots, so that virtual-host TLS works). */
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]");

    public S3Settings {
        Objects.requireNonNull(bucket, "bucket");
        if (!BUCKET.matcher(bucket).matches()) {
            throw new IllegalArgumentException("Not a valid S3 bucket name: " + bucket);
        }
        Objects.requireNonNull(keyPrefix, "keyPrefix");
        keyPrefix = keyPrefix.map(S3Settings::trimSlashes).filter(p -> !p.isEmpty());
        keyPrefix.ifPresent(ObjectKeys::requireSafe);
        if (partSizeBytes < MIN_PART_SIZE || partSizeBytes > MAX_PART_SIZE) {
            throw new IllegalArgumentException(
                    "partSizeBytes must be " + MIN_PART_SIZE + " to " + MAX_PART_SIZE + ", got " + partSizeBytes);
        }
        if (multipartThresholdBytes < partSizeBytes) {
            throw new IllegalArgumentException("multipartThresholdBytes (" + multipartThresholdBytes
                    + ") must be at least partSizeBytes (" + partSizeBytes + ")");
        }
    }

    /** A bucket's root, virtual-host addressing, multipart above 64 MiB in parts of 16 MiB. */
    public static S3Settings of(String bucket) {
        return new S3Settings(bucket, Optional.empty(), false, DEFAULT_MULTIPART_THRESHOLD, DEFAULT_PART_SIZE);
    }

    public S3Settings withKeyPrefix(String prefix) {
        return new S3Settings(bucket, Optional.of(prefix), pathStyleAccess, multipartThresholdBytes, partSizeBytes);
    }

    public S3Settings withPathStyleAccess(boolean pathStyle) {
        return new S3Settings(bucket, keyPrefix, pathStyle, multipartThresholdBytes, partSizeBytes);
    }

    public S3Settings withMultipart(long thresholdBytes, long partBytes) {
        return new S3Settings(bucket, keyPrefix, pathStyleAccess, thresholdBytes, partBytes);
    }

    private static String trimSlashes(String prefix) {
        String trimmed = prefix;
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
