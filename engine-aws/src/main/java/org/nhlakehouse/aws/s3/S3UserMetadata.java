package org.nhlakehouse.aws.s3;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What S3 can carry in {@code x-amz-meta-*} headers: keys in lower case (S3 returns them so) of letters, digits, '-',
 * '_' and '.', values of printable US-ASCII (non-ASCII values come back RFC 2047-encoded, so they would not
 * round-trip).
 */
final class S3UserMetadata {

    private static final Pattern METADATA_KEY = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern METADATA_VALUE = Pattern.compile("[\\x20-\\x7E]*");

    private S3UserMetadata() {
    }

    static Map<String, String> normalize(Map<String, String> metadata) {
        Map<String, String> normalized = new LinkedHashMap<>();
        metadata.forEach((name, value) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (!METADATA_KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("Not a valid S3 user metadata key: " + name);
            }
            if (value == null || !METADATA_VALUE.matcher(value).matches()) {
                throw new IllegalArgumentException(
                        "S3 user metadata values must be printable US-ASCII; " + name + " is not");
            }
            normalized.put(key, value);
        });
        return Map.copyOf(normalized);
    }

    static String unquoteEtag(String etag) {
        if (etag == null) {
            return "";
        }
        return etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")
                ? etag.substring(1, etag.length() - 1)
                : etag;
    }
}
