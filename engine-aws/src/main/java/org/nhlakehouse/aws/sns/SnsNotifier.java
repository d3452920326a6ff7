package org.nhlakehouse.aws.sns;

import java.util.Objects;
import java.util.regex.Pattern;

import org.nhlakehouse.aws.AwsClientSettings;
import org.nhlakehouse.core.tasks.NotificationText;
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
 * are made to fit ({@link NotificationText}) rather than refused, since a run's failure must still be told when its
 * cause is long.
 * Errors from SNS are not swallowed: the caller (the failRun task) fails, and the state machine shows it.
 */
public final class SnsNotifier implements Notifier, AutoCloseable {

    /** {@code arn:<partition>:sns:<region>:<account>:<topic name>} (FIFO topics end in {@code .fifo}). */
    private static final Pattern TOPIC_ARN = Pattern
            .compile("arn:aws[a-z-]*:sns:[a-z0-9-]+:\\d{12}:[A-Za-z0-9_-]{1,256}(\\.fifo)?");

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
        sns.publish(PublishRequest.builder().topicArn(topicArn).subject(NotificationText.subject(subject))
                .message(NotificationText.message(message))
                .build());
    }

    @Override
    public void close() {
        if (ownsClient) {
            sns.close();
        }
    }
}
