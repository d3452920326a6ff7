package org.nhlakehouse.aws.sns;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

import org.nhlakehouse.aws.AwsClientSettings;
import org.nhlakehouse.core.tasks.Notifier;

import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/**
 * {@link Notifier} on an Amazon SNS topic: one {@code Publish} per notification, so that whoever subscribed (an email
 * address, a chat webhook) hears that a pipeline run failed.
 *
 * <p>
 * SNS limits what it accepts (https://docs.aws.amazon.com/sns/latest/api/API_Publish.html): a subject is ASCII text
 * without line breaks or control characters, shorter than 100 characters; a message is at most 256 KiB of UTF-8. Both
 * are made to fit here rather than refused, since a run's failure must still be told when its cause is long.
 * Errors from SNS are not swallowed: the caller (the failRun task) fails, and the state machine shows it.
 */
public final class SnsNotifier implements Notifier, AutoCloseable {

    /** SNS takes subjects shorter than 100 characters. */
    public static final int MAX_SUBJECT_CHARS = 99;
    /** SNS takes messages of at most 256 KiB of UTF-8. */
    public static final int MAX_MESSAGE_BYTES = 256 * 1024;
    static final String TRUNCATED = "\n[truncated]";

    /** {@code arn:<partition>:sns:<region>:<account>:<topic name>} (FIFO topics end in {@code .fifo}). */
    private static final Pattern TOPIC_ARN = Pattern
            .compile("arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_-]{1,256}(\\.fifo)?");
    private static final Pattern NOT_SUBJECT_CHARS = Pattern.compile("[^\\x20-\\x7E]+");

    private final SnsClient sns;
    private final String topicArn;
    private final boolean ownsClient;

    /** A notifier on a client the caller owns (and closes). */
    public SnsNotifier(SnsClient sns, String topicArn) {
        this(sns, topicArn, false);
    }

    private SnsNotifier(SnsClient sns, String topicArn, boolean ownsClient) {
        this.sns = Objects.requireNonNull(sns, "sns");
        if (topicArn == null || !TOPIC_ARN.matcher(topicArn).matches()) {
            throw new IllegalArgumentException("Not an SNS topic ARN: " + topicArn);
        }
        this.topicArn = topicArn;
        this.ownsClient = ownsClient;
    }

    /** A notifier with its own client; {@link #close()} closes it. */
    public static SnsNotifier create(AwsClientSettings client, String topicArn) {
        return new SnsNotifier(client.configure(SnsClient.builder()).build(), topicArn, true);
    }

    public String topicArn() {
        return topicArn;
    }

    @Override
    public void notify(String subject, String message) {
        sns.publish(PublishRequest.builder().topicArn(topicArn).subject(subject(subject)).message(message(message))
                .build());
    }

    /** Printable ASCII on one line, shortened to SNS's limit; never empty (SNS refuses an empty subject). */
    static String subject(String subject) {
        String oneLine = NOT_SUBJECT_CHARS.matcher(subject == null ? "" : subject).replaceAll(" ").strip();
        if (oneLine.isEmpty()) {
            return "NH Lakehouse notification";
        }
        return oneLine.length() <= MAX_SUBJECT_CHARS ? oneLine : oneLine.substring(0, MAX_SUBJECT_CHARS - 3) + "...";
    }

    /** The message, cut at a character boundary so that it fits in SNS's 256 KiB, with a note when it was cut. */
    static String message(String message) {
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

    @Override
    public void close() {
        if (ownsClient) {
            sns.close();
        }
    }
}
