package org.nhlakehouse.functions.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.aws.testing.AwsJsonServer;
import org.nhlakehouse.core.tasks.ExecutionNames;
import org.nhlakehouse.functions.testing.HandlerProfile;
import org.nhlakehouse.functions.testing.Lambda;
import org.nhlakehouse.functions.testing.StepFunctionsResource;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The startPipeline function, fed EventBridge's S3 events, against a local Step Functions. */
@QuarkusTest
@TestProfile(StartPipelineHandlerTest.Profile.class)
class StartPipelineHandlerTest {

    public static class Profile extends HandlerProfile {
        public Profile() {
            super("startPipeline");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(StepFunctionsResource.class));
        }
    }

    private static final String BUCKET = "nhl-test-lakehouse";
    private static final String KEY = "bronze/pbj/5d41402abc4b2a76b9719d911017c592/PBJ_Daily_Nurse_Staffing_Q2_2024.csv";
    private static final String NAME = ExecutionNames.forObject(BUCKET, KEY, "5d41402abc4b2a76b9719d911017c592",
            "0066B0E02A3F6C1B2D");
    private static final String EXECUTION_ARN = "arn:aws:states:us-east-1:123456789012:execution:nhl-test-pipeline:"
            + NAME;

    @StepFunctionsResource.Server
    AwsJsonServer stepFunctions;

    @Test
    void anObjectCreatedUnderBronzePbj_startsOneExecution_namedForTheObjectVersion() {
        // A new execution is dated when Step Functions starts it: after the request was sent.
        stepFunctions.reply("StartExecution",
                "{\"executionArn\":\"" + EXECUTION_ARN + "\",\"startDate\":" + epochSeconds(Instant.now()) + "}");

        JsonNode out = Lambda.invoke(Lambda.event("s3-object-created-pbj.json"));

        assertThat(out.path("started").asBoolean()).isTrue();
        assertThat(out.path("alreadyStarted").asBoolean()).isFalse();
        assertThat(out.path("executionName").asText()).isEqualTo(NAME);
        assertThat(out.path("executionArn").asText()).isEqualTo(EXECUTION_ARN);
        JsonNode request = lastStart().body();
        assertThat(request.path("stateMachineArn").asText()).isEqualTo(StepFunctionsResource.STATE_MACHINE_ARN);
        assertThat(request.path("name").asText()).isEqualTo(NAME);
        JsonNode input = Lambda.parse(request.path("input").asText());
        assertThat(input.path("bucket").asText()).isEqualTo(BUCKET);
        assertThat(input.path("keys")).hasSize(1);
        assertThat(input.path("keys").get(0).asText()).isEqualTo(KEY);
    }

    @Test
    void aRedeliveredEvent_whileItsExecutionRuns_isAnsweredWithThatExecution_andReportedAlreadyStarted() {
        // Step Functions' answer to the same name and input while that execution runs: the execution as it started.
        stepFunctions.reply("StartExecution", "{\"executionArn\":\"" + EXECUTION_ARN + "\",\"startDate\":"
                + epochSeconds(Instant.now().minusSeconds(90)) + "}");

        JsonNode out = Lambda.invoke(Lambda.event("s3-object-created-pbj.json"));

        assertThat(out.path("started").asBoolean()).isFalse();
        assertThat(out.path("alreadyStarted").asBoolean()).isTrue();
        assertThat(out.path("executionArn").asText()).isEqualTo(EXECUTION_ARN);
    }

    /** Step Functions' JSON timestamps: epoch seconds, to the millisecond. */
    private static String epochSeconds(Instant at) {
        return BigDecimal.valueOf(at.toEpochMilli(), 3).toPlainString();
    }

    @Test
    void aRedeliveredEvent_whoseExecutionExists_startsNothingNew_andSucceeds() {
        stepFunctions.fail("StartExecution", 400, "ExecutionAlreadyExists",
                "Execution Already Exists: '" + EXECUTION_ARN + "'");

        JsonNode out = Lambda.invoke(Lambda.event("s3-object-created-pbj.json"));

        assertThat(out.path("started").asBoolean()).isFalse();
        assertThat(out.path("alreadyStarted").asBoolean()).isTrue();
        assertThat(out.path("executionArn").asText()).isEqualTo(EXECUTION_ARN);
        assertThat(lastStart().body().path("name").asText()).isEqualTo(NAME);
    }

    @Test
    void anObjectOutsideTheAllowList_isRejectedWithAReason_andStartsNothing() {
        int startsBefore = stepFunctions.received("StartExecution").size();

        // Landing writes Bronze rows into the same bucket: those objects must never start a run.
        JsonNode out = Lambda.invoke(Lambda.event("s3-object-created-bronze-rows.json"));

        assertThat(out.path("started").asBoolean()).isFalse();
        assertThat(out.path("reason").asText()).contains("not under bronze/<dataset>/");
        assertThat(stepFunctions.received("StartExecution")).hasSize(startsBefore);
    }

    @Test
    void anObjectInAnotherBucket_isRejected() {
        int startsBefore = stepFunctions.received("StartExecution").size();

        JsonNode out = Lambda.invoke(Lambda.event("s3-object-created-pbj.json").replace("\"name\": \"" + BUCKET + "\"",
                "\"name\": \"someone-elses-bucket\""));

        assertThat(out.path("started").asBoolean()).isFalse();
        assertThat(out.path("reason").asText()).contains("not the lakehouse's");
        assertThat(stepFunctions.received("StartExecution")).hasSize(startsBefore);
    }

    private AwsJsonServer.Received lastStart() {
        List<AwsJsonServer.Received> starts = stepFunctions.received("StartExecution");
        assertThat(starts).isNotEmpty();
        return starts.getLast();
    }
}
