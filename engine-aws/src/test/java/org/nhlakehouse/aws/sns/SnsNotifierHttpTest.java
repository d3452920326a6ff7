package org.nhlakehouse.aws.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nhlakehouse.aws.testing.AwsQueryServer;

import software.amazon.awssdk.services.sns.model.NotFoundException;

/** A real {@code SnsClient} against a local server that answers like the SNS Query API (form in, XML out). */
class SnsNotifierHttpTest {

    private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:nhl-prod-pipeline-alerts";

    private AwsQueryServer sns;
    private SnsNotifier notifier;

    @BeforeEach
    void setUp() throws Exception {
        sns = AwsQueryServer.sns();
        notifier = SnsNotifier.create(sns.clientSettings(), TOPIC);
    }

    @AfterEach
    void tearDown() {
        notifier.close();
        sns.close();
    }

    @Test
    void notify_sendsAPublishAction_signedForSns() {
        sns.reply("Publish", "<MessageId>94f20ce6-13c5-43a0-9a9e-ca52d816e90b</MessageId>");

        notifier.notify("NH Lakehouse pipeline run run-7 failed", "SqlStepFailedException: step merge_pbj & more");

        AwsQueryServer.Received request = sns.received().getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/");
        assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
        assertThat(request.authorization()).startsWith("AWS4-HMAC-SHA256").contains("/us-east-1/sns/aws4_request");
        assertThat(request.parameters()).containsOnly(
                org.assertj.core.api.Assertions.entry("Action", "Publish"),
                org.assertj.core.api.Assertions.entry("Version", "2010-03-31"),
                org.assertj.core.api.Assertions.entry("TopicArn", TOPIC),
                org.assertj.core.api.Assertions.entry("Subject", "NH Lakehouse pipeline run run-7 failed"),
                org.assertj.core.api.Assertions.entry("Message", "SqlStepFailedException: step merge_pbj & more"));
    }

    @Test
    void aTopicThatIsGone_failsTheCall() {
        sns.fail("Publish", 404, "NotFound", "Topic does not exist");

        assertThatThrownBy(() -> notifier.notify("s", "m")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Topic does not exist");
        assertThat(sns.received("Publish")).hasSize(1);
    }
}
