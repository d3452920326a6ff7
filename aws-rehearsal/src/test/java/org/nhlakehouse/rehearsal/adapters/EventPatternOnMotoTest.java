package org.nhlakehouse.rehearsal.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.rehearsal.packages.S3Events;
import org.nhlakehouse.rehearsal.template.CloudFormation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.PutEventsRequestEntry;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/**
 * The EventBridge rule that starts the pipeline, as SAM generates it (AWS::Events::Rule, its pattern resolved), put
 * on moto's default event bus with an SQS queue as target; real S3 "Object Created" events are then put on the bus
 * and what reached the target is what the rule matched. (moto 5.2 does not implement TestEventPattern; this is the
 * same matcher, through the PutEvents path a rule takes on AWS.)
 */
class EventPatternOnMotoTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theRule_matchesRawFilesOfTheKnownDatasets_andNothingElseTheBucketWrites() throws Exception {
        CloudFormation cfn = CloudFormation.transformed();
        Map<String, JsonNode> rules = cfn.resources("AWS::Events::Rule");
        assertThat(rules).hasSize(1);
        JsonNode pattern = cfn.resolveDeep(rules.values().iterator().next().path("Properties").path("EventPattern"),
                cfn.physicalIds());
        String bucket = CloudFormation.BUCKET;
        String queueName = SharedMoto.unique("matched");
        try (EventBridgeClient events = SharedMoto.server().clientSettings().configure(EventBridgeClient.builder())
                .build();
                SqsClient sqs = SharedMoto.server().clientSettings().configure(SqsClient.builder()).build()) {
            String queue = sqs.createQueue(q -> q.queueName(queueName)).queueUrl();
            String rule = SharedMoto.unique("object-created");
            events.putRule(r -> r.name(rule).eventPattern(pattern.toString()));
            events.putTargets(t -> t.rule(rule).targets(target -> target.id("matched")
                    .arn("arn:aws:sqs:us-east-1:123456789012:" + queueName)));

            List<String> shouldMatch = List.of("bronze/pbj/PBJ_Daily_Nurse_Staffing_Q2_2024.csv",
                    "bronze/provider_info/NH_ProviderInfo_Nov2023.csv", "bronze/collection_intervals/NH_DCI.csv",
                    "bronze/unrecognized/notes.csv");
            List<String> mustNotMatch = List.of("bronze-rows/pbj/0123456789abcdef/part-0.csv.gz",
                    "lakehouse/silver/pbj_daily/data/00000-0.parquet", "athena-results/query.csv", "ops/lease",
                    "ops/drive/checkpoint.json", "dashboard-exports/facilities.csv", "bronze/other/file.csv",
                    "bronze/pbj", "pbj/bronze/pbj/x.csv");
            List<PutEventsRequestEntry> entries = new ArrayList<>();
            for (String key : concat(shouldMatch, mustNotMatch)) {
                entries.add(entry(S3Events.objectCreated(bucket, key, 10, "0123")));
            }
            // The right key in another bucket, or an event other than Object Created, starts nothing either.
            entries.add(entry(S3Events.objectCreated("another-bucket", "bronze/pbj/elsewhere.csv", 10, "0123")));
            entries.add(entry(S3Events.objectCreated(bucket, "bronze/pbj/deleted.csv", 10, "0123")
                    .replace("\"Object Created\"", "\"Object Deleted\"")));
            for (int i = 0; i < entries.size(); i += 10) {
                List<PutEventsRequestEntry> batch = entries.subList(i, Math.min(entries.size(), i + 10));
                assertThat(events.putEvents(p -> p.entries(batch)).failedEntryCount()).isZero();
            }

            Set<String> matched = new TreeSet<>();
            for (List<Message> received; !(received = sqs.receiveMessage(r -> r.queueUrl(queue)
                    .maxNumberOfMessages(10).waitTimeSeconds(1)).messages()).isEmpty();) {
                for (Message message : received) {
                    JsonNode delivered = JSON.readTree(message.body());
                    matched.add(delivered.path("detail").path("bucket").path("name").asText() + "/"
                            + delivered.path("detail").path("object").path("key").asText());
                    sqs.deleteMessage(d -> d.queueUrl(queue).receiptHandle(message.receiptHandle()));
                }
            }
            assertThat(matched).containsExactlyInAnyOrderElementsOf(
                    shouldMatch.stream().map(key -> bucket + "/" + key).toList());
        }
    }

    private static PutEventsRequestEntry entry(String eventJson) throws Exception {
        JsonNode event = JSON.readTree(eventJson);
        return PutEventsRequestEntry.builder().source(event.path("source").asText())
                .detailType(event.path("detail-type").asText()).detail(event.path("detail").toString())
                .resources(event.path("resources").get(0).asText()).build();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
