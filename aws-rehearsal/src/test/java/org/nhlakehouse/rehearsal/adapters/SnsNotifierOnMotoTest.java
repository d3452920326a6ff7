package org.nhlakehouse.rehearsal.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.nhlakehouse.aws.sns.SnsNotifier;
import org.nhlakehouse.core.tasks.Notifier;
import org.nhlakehouse.core.testing.AbstractNotifierContractTest;
import org.nhlakehouse.rehearsal.tools.LoopbackHttp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The Notifier contract (core's test jar) of the SNS adapter against moto's SNS: the notifier publishes to a topic,
 * which delivers to an HTTP subscriber served here; what the subscriber receives is what was delivered.
 */
class SnsNotifierOnMotoTest extends AbstractNotifierContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LinkedBlockingQueue<JsonNode> notifications = new LinkedBlockingQueue<>();
    private final List<Delivered> delivered = new ArrayList<>();
    private HttpServer subscriber;
    private SnsClient sns;
    private String topic;

    @AfterEach
    void tearDown() {
        sns.close();
        subscriber.stop(0);
    }

    @Override
    protected Notifier notifier() {
        subscriber = LoopbackHttp.start("/", exchange -> {
            try (exchange) {
                JsonNode message = JSON.readTree(new String(exchange.getRequestBody().readAllBytes(),
                        StandardCharsets.UTF_8));
                if ("Notification".equals(message.path("Type").asText())) {
                    notifications.add(message);
                }
                exchange.sendResponseHeaders(200, -1);
            }
        });
        sns = SharedMoto.server().clientSettings().configure(SnsClient.builder()).build();
        topic = sns.createTopic(t -> t.name(SharedMoto.unique("alerts"))).topicArn();
        sns.subscribe(s -> s.topicArn(topic).protocol("http")
                .endpoint("http://127.0.0.1:" + subscriber.getAddress().getPort() + "/alerts"));
        return new SnsNotifier(sns, topic);
    }

    @Override
    protected List<Delivered> delivered(int expected) throws InterruptedException {
        for (JsonNode notification; delivered.size() < expected
                && (notification = notifications.poll(20, TimeUnit.SECONDS)) != null;) {
            assertThat(notification.path("TopicArn").asText()).isEqualTo(topic);
            delivered.add(new Delivered(notification.path("Subject").asText(), notification.path("Message").asText()));
        }
        return List.copyOf(delivered);
    }

}
