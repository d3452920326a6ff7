package org.nhlakehouse.rehearsal.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.aws.sns.SnsNotifier;
import org.nhlakehouse.rehearsal.tools.LoopbackHttp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import software.amazon.awssdk.services.sns.SnsClient;

/** The failure notifier publishes to a topic of moto's SNS, which delivers to an HTTP subscriber served here. */
class SnsNotifierOnMotoTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFailedRun_reachesTheTopicsSubscribers_withItsSubjectAndMessage() throws Exception {
        LinkedBlockingQueue<JsonNode> delivered = new LinkedBlockingQueue<>();
        HttpServer subscriber = LoopbackHttp.start("/", exchange -> {
            try (exchange) {
                delivered.add(JSON.readTree(new String(exchange.getRequestBody().readAllBytes(),
                        StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        try (SnsClient sns = SharedMoto.server().clientSettings().configure(SnsClient.builder()).build()) {
            String topic = sns.createTopic(t -> t.name(SharedMoto.unique("alerts"))).topicArn();
            sns.subscribe(s -> s.topicArn(topic).protocol("http")
                    .endpoint("http://127.0.0.1:" + subscriber.getAddress().getPort() + "/alerts"));
            SnsNotifier notifier = new SnsNotifier(sns, topic);

            notifier.notify("NH Lakehouse pipeline run r-1 failed",
                    "org.nhlakehouse.core.tasks.SqlStepFailedException: step gold/fct_facility_day failed");

            JsonNode notification = null;
            for (JsonNode message; (message = delivered.poll(20, TimeUnit.SECONDS)) != null;) {
                if ("Notification".equals(message.path("Type").asText())) {
                    notification = message;
                    break;
                }
            }
            assertThat(notification).as("a notification reached the subscriber").isNotNull();
            assertThat(notification.path("TopicArn").asText()).isEqualTo(topic);
            assertThat(notification.path("Subject").asText()).isEqualTo("NH Lakehouse pipeline run r-1 failed");
            assertThat(notification.path("Message").asText()).contains("gold/fct_facility_day");
        } finally {
            subscriber.stop(0);
        }
    }
}
