package org.nhlakehouse.core.tasks;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A notification's subject and message made to fit where every {@link Notifier} sends them. SNS
 * (https://docs.aws.amazon.com/sns/latest/api/API_Publish.html) takes a subject of printable ASCII on one line, shorter
 * than 100 characters, and a message of at most 256 KiB of UTF-8; CloudWatch Logs, where the log-only notifier writes,
 * also cuts an event at 256 KiB, and a line break in a logged subject would forge a log line. Both are made to fit
 * rather than refused, since a run's failure must still be told when its cause is long.
 */
public final class NotificationText {

    /** SNS takes subjects shorter than 100 characters. */
    public static final int MAX_SUBJECT_CHARS = 99;
    /** SNS takes messages of at most 256 KiB of UTF-8 (and CloudWatch Logs events of at most 256 KiB). */
    public static final int MAX_MESSAGE_BYTES = 256 * 1024;
    /** Ends a message that was cut. */
    public static final String TRUNCATED = "\n[truncated]";

    private static final Pattern NOT_SUBJECT_CHARS = Pattern.compile("[^\\x20-\\x7E]+");

    private NotificationText() {
    }

    /** Printable ASCII on one line, shortened to SNS's limit; never empty (SNS refuses an empty subject). */
    public static String subject(String subject) {
        String oneLine = NOT_SUBJECT_CHARS.matcher(subject == null ? "" : subject).replaceAll(" ").strip();
        if (oneLine.isEmpty()) {
            return "NH Lakehouse notification";
        }
        return oneLine.length() <= MAX_SUBJECT_CHARS ? oneLine : oneLine.substring(0, MAX_SUBJECT_CHARS - 3) + "...";
    }

    /** The message, cut at a character boundary so that it fits in 256 KiB, with a note when it was cut. */
    public static String message(String message) {
        String text = message == null || message.isEmpty() ? "(no details)" : message;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_MESSAGE_BYTES) {
            return text;
        }
        int budget = MAX_MESSAGE_BYTES - TRUNCATED.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length();) {
            int codePoint = text.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > budget) {
                break;
            }
            kept.appendCodePoint(codePoint);
            used += size;
            i += Character.charCount(codePoint);
        }
        return kept.append(TRUNCATED).toString();
    }
}
