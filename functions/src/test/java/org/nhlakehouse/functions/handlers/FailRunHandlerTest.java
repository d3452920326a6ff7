package org.nhlakehouse.functions.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nhlakehouse.aws.testing.AwsQueryServer;
import org.nhlakehouse.functions.testing.HandlerProfile;
import org.nhlakehouse.functions.testing.Lambda;
import org.nhlakehouse.functions.testing.SnsResource;
import org.nhlakehouse.functions.testing.TestLakehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The failRun function on the local engine, telling a local SNS. */
@QuarkusTest
@TestProfile(FailRunHandlerTest.Profile.class)
class FailRunHandlerTest {

    public static class Profile extends HandlerProfile {
        public Profile() {
            super("failRun");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SnsResource.class));
        }
    }

    private static final String CAUSE = "step pbj_daily (Merge PBJ rows into Silver) failed: ICEBERG_COMMIT_ERROR";

    @Inject
    TestLakehouse lakehouse;

    @SnsResource.Server
    AwsQueryServer sns;

    @BeforeEach
    void reset() throws Exception {
        lakehouse.reset();
    }

    @Test
    void aFailedRun_isRecorded_freesTheLease_andIsToldToTheTopic() throws Exception {
        String key = lakehouse.ingestSample("PBJ_Daily_Nurse_Staffing_Q2_2024.csv");
        JsonNode plan = lakehouse.landAndPlan("run-1", key);
        sns.reply("Publish", "<MessageId>m-1</MessageId>");
        int published = sns.received("Publish").size();

        JsonNode out = Lambda.invoke(event("run-1", plan));

        assertThat(out.path("runId").asText()).isEqualTo("run-1");
        assertThat(out.path("error").asText()).isEqualTo("org.nhlakehouse.core.tasks.SqlStepFailedException");
        assertThat(out.path("cause").asText()).isEqualTo(CAUSE);
        assertThat(lakehouse.query("select status, message from " + lakehouse.schema("ops")
                + ".pipeline_runs where run_id = ?", "run-1")).singleElement().satisfies(row -> {
                    assertThat(row).containsEntry("status", "failed");
                    assertThat((String) row.get("message")).contains(CAUSE);
                });
        assertThat(lakehouse.services().lease().holder(Instant.now())).isEmpty();
        List<AwsQueryServer.Received> publishes = sns.received("Publish");
        assertThat(publishes).hasSize(published + 1);
        assertThat(publishes.getLast().parameters()).containsEntry("TopicArn", SnsResource.TOPIC_ARN)
                .containsEntry("Subject", "NH Lakehouse pipeline run run-1 failed")
                .containsEntry("Message", "org.nhlakehouse.core.tasks.SqlStepFailedException: " + CAUSE);
    }

    @Test
    void whenTheTopicCannotBeReached_theTaskFails_soTheExecutionShowsIt() throws Exception {
        JsonNode plan = lakehouse.task("planBatch", Lambda.JSON.createObjectNode().put("execution", "run-2"));
        sns.fail("Publish", 404, "NotFound", "Topic does not exist");

        Lambda.Failure failure = Lambda.invokeFailing(event("run-2", plan).toString());

        assertThat(failure.errorType()).isEqualTo("software.amazon.awssdk.services.sns.model.NotFoundException");
        assertThat(lakehouse.services().lease().holder(Instant.now())).isEmpty();
    }

    private static ObjectNode event(String execution, JsonNode plan) {
        ObjectNode event = Lambda.JSON.createObjectNode().put("execution", execution);
        event.putObject("error").put("Error", "org.nhlakehouse.core.tasks.SqlStepFailedException").put("Cause", CAUSE);
        event.set("plan", plan);
        return event;
    }
}
