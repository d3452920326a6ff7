package org.nhlakehouse.aws.sns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.nhlakehouse.core.tasks.NotificationText;

import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sns.model.PublishRequest;
import software.amazon.awssdk.services.sns.model.PublishResponse;

/** {@link SnsNotifier} on a mocked {@link SnsClient}: what it asks SNS to publish. */
class SnsNotifierTest {

    private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:nhl-prod-pipeline-alerts";

    private SnsClient sns;
    private SnsNotifier notifier;

    @BeforeEach
    void setUp() {
        sns = mock(SnsClient.class);
        when(sns.publish(any(PublishRequest.class))).thenReturn(PublishResponse.builder().messageId("m-1").build());
        notifier = new SnsNotifier(sns, TOPIC);
    }

    @Test
    void notify_publishesSubjectAndMessageToTheTopic() {
        notifier.notify("NH Lakehouse pipeline run run-7 failed", "SqlStepFailedException: step merge_pbj failed");

        PublishRequest request = published();
        assertThat(request.topicArn()).isEqualTo(TOPIC);
        assertThat(request.subject()).isEqualTo("NH Lakehouse pipeline run run-7 failed");
        assertThat(request.message()).isEqualTo("SqlStepFailedException: step merge_pbj failed");
        // Nothing else: no phone number, target ARN, structure, attributes or FIFO fields.
        assertThat(request.phoneNumber()).isNull();
        assertThat(request.targetArn()).isNull();
        assertThat(request.messageStructure()).isNull();
        assertThat(request.hasMessageAttributes()).isFalse();
        assertThat(request.messageGroupId()).isNull();
        assertThat(request.messageDeduplicationId()).isNull();
    }

    @Test
    void subject_isOneLineOfAscii_shorterThan100Characters() {
        notifier.notify("Run \u00e9t\u00e9\nfailed\tbadly " + "x".repeat(200), "m");

        String subject = published().subject();
        assertThat(subject).hasSizeLessThan(100).startsWith("Run  t failed badly xxx").endsWith("...")
                .matches("[\\x20-\\x7E]+");
    }

    @Test
    void emptySubjectAndMessage_areReplacedByPlaceholders() {
        notifier.notify("\n", "");

        PublishRequest request = published();
        assertThat(request.subject()).isEqualTo("NH Lakehouse notification");
        assertThat(request.message()).isEqualTo("(no details)");
    }

    @Test
    void message_longerThan256KiB_isCutAtACharacterBoundary_andSaysSo() {
        String cause = "\u00e9".repeat(200_000); // 2 bytes each in UTF-8: 400,000 bytes

        notifier.notify("failed", cause);

        String message = published().message();
        assertThat(message.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(NotificationText.MAX_MESSAGE_BYTES);
        assertThat(message).endsWith(NotificationText.TRUNCATED).startsWith("\u00e9\u00e9\u00e9");
        assertThat(message.substring(0, message.length() - NotificationText.TRUNCATED.length())).matches("\u00e9+");
    }

    @Test
    void snsErrors_areNotSwallowed() {
        when(sns.publish(any(PublishRequest.class))).thenThrow(NotFoundException.builder().statusCode(404)
                .message("Topic does not exist").build());

        assertThatThrownBy(() -> notifier.notify("s", "m")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aTopicArnThatIsNotOne_isRefusedUpFront() {
        SnsClient client = mock(SnsClient.class);
        assertThatThrownBy(() -> new SnsNotifier(client, "nhl-prod-pipeline-alerts"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not an SNS topic ARN");
        assertThatThrownBy(() -> new SnsNotifier(client, TOPIC + "\nInjected: header"))
                .isInstanceOf(IllegalArgumentException.class);
        verifyNoInteractions(client);
    }

    @Test
    void close_leavesACallersClientOpen() {
        notifier.close();

        verifyNoInteractions(sns);
    }

    private PublishRequest published() {
        ArgumentCaptor<PublishRequest> request = ArgumentCaptor.forClass(PublishRequest.class);
        verify(sns).publish(request.capture());
        return request.getValue();
    }
}
