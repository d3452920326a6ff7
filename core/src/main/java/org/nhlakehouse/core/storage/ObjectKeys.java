package org.nhlakehouse.core.storage;

import java.util.regex.Pattern;

/** Rules every object key follows, so that keys are safe in paths, URLs and SQL locations. */
public final class ObjectKeys {

    /** Letters, digits and {@code . _ - = /}; no empty segments, no "." or ".." segments; at most 512 characters. */
    private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9._=-]+(/[A-Za-z0-9._=-]+)*");
    public static final int MAX_LENGTH = 512;

    private ObjectKeys() {
    }

    public static boolean isSafe(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH || !SAFE_KEY.matcher(key).matches()) {
            return false;
        }
        for (String segment : key.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** Returns the key, or throws when it breaks the rules. */
    public static String requireSafe(String key) {
        if (!isSafe(key)) {
            throw new IllegalArgumentException("Unsafe object key: " + printable(key));
        }
        return key;
    }

    /** Turns a file name into a safe key segment: other characters become '_' (e.g. "Q2 2024.csv" -> "Q2_2024.csv"). */
    public static String safeSegment(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._=-]", "_");
        if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
            cleaned = "_" + cleaned;
        }
        return cleaned.length() > 200 ? cleaned.substring(cleaned.length() - 200) : cleaned;
    }

    private static String printable(String key) {
        if (key == null) {
            return "null";
        }
        String shown = key.length() > 80 ? key.substring(0, 80) + "..." : key;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
