package org.nhlakehouse.aws.sns;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.nhlakehouse.aws.testing.AwsQueryServer;
import org.nhlakehouse.core.tasks.Notifier;
import org.nhlakehouse.core.testing.AbstractNotifierContractTest;

/**
 * The Notifier contract (core's test jar) of the SNS adapter: a real {@code SnsClient} against a local server speaking
 * the SNS Query API, reading back the Publish requests as SNS receives them. Under {@code -Paws-rehearsal} the same
 * contract runs against moto's SNS.
 */
class SnsNotifierContractTest extends AbstractNotifierContractTest {

    private static final String TOPIC = "arn:aws:sns:us-east-1:123456789012:nhl-prod-pipeline-alerts";

    private AwsQueryServer sns;
    private SnsNotifier notifier;

    @AfterEach
    void tearDown() {
        notifier.close();
        sns.close();
    }

    @Override
    protected Notifier notifier() throws Exception {
        sns = AwsQueryServer.sns();
        for (int i = 0; i < 2; i++) {
            sns.reply("Publish", "<MessageId>m-" + i + "</MessageId>");
        }
        notifier = SnsNotifier.create(sns.clientSettings(), TOPIC);
        return notifier;
    }

    @Override
    protected List<Delivered> delivered(int expected) {
        return sns.received("Publish").stream()
                .map(publish -> new Delivered(publish.parameters().get("Subject"), publish.parameters().get("Message")))
                .toList();
    }
}
