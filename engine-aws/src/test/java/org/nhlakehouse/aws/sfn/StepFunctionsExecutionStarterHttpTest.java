package org.nhlakehouse.aws.sfn;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nhlakehouse.aws.testing.AwsJsonServer;
import org.nhlakehouse.core.tasks.ExecutionNames;
import org.nhlakehouse.core.tasks.ExecutionStart;

import com.fasterxml.jackson.databind.JsonNode;

/** A real {@code SfnClient} against a local server that answers like the Step Functions JSON API. */
class StepFunctionsExecutionStarterHttpTest {

    private static final String MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:nh-lakehouse-pipeline";

    private AwsJsonServer stepFunctions;
    private StepFunctionsExecutionStarter starter;

    @BeforeEach
    void setUp() throws Exception {
        stepFunctions = AwsJsonServer.start("AWSStepFunctions");
        starter = StepFunctionsExecutionStarter.create(stepFunctions.clientSettings());
    }

    @AfterEach
    void tearDown() {
        starter.close();
        stepFunctions.close();
    }

    @Test
    void start_sendsStartExecution_andReadsTheExecutionArn() {
        String name = ExecutionNames.forObject("nh-landing", "pbj/q2.csv", "\"abc\"");
        stepFunctions.reply("StartExecution", "{\"executionArn\":\"arn:aws:states:us-east-1:123456789012:execution:"
                + "nh-lakehouse-pipeline:" + name + "\",\"startDate\":" + epochSeconds(Instant.now()) + "}");

        ExecutionStart start = starter.start(MACHINE, name, "{\"key\":\"pbj/q2.csv\"}");

        assertThat(start.alreadyStarted()).isFalse();
        assertThat(start.executionArn()).endsWith(":execution:nh-lakehouse-pipeline:" + name);
        AwsJsonServer.Received request = stepFunctions.received().getFirst();
        assertThat(request.target()).isEqualTo("AWSStepFunctions.StartExecution");
        assertThat(request.contentType()).isEqualTo("application/x-amz-json-1.0");
        assertThat(request.authorization()).contains("/us-east-1/states/aws4_request");
        JsonNode body = request.body();
        assertThat(body.path("stateMachineArn").asText()).isEqualTo(MACHINE);
        assertThat(body.path("name").asText()).isEqualTo(name);
        assertThat(body.path("input").asText()).isEqualTo("{\"key\":\"pbj/q2.csv\"}");
    }

    @Test
    void start_answeredWithTheRunningExecutionOfAnEarlierRequest_reportsItAlreadyStarted() {
        stepFunctions.reply("StartExecution", "{\"executionArn\":\"arn:aws:states:us-east-1:123456789012:execution:"
                + "nh-lakehouse-pipeline:run-7\",\"startDate\":" + epochSeconds(Instant.now().minusSeconds(90))
                + "}");

        ExecutionStart start = starter.start(MACHINE, "run-7", "{}");

        assertThat(start).isEqualTo(new ExecutionStart(
                "arn:aws:states:us-east-1:123456789012:execution:nh-lakehouse-pipeline:run-7", true));
    }

    /** Step Functions' JSON timestamps: epoch seconds, to the millisecond. */
    private static String epochSeconds(Instant at) {
        return BigDecimal.valueOf(at.toEpochMilli(), 3).toPlainString();
    }

    @Test
    void start_whenTheExecutionAlreadyExists_returnsItsArn() {
        stepFunctions.fail("StartExecution", 400, "ExecutionAlreadyExists",
                "Execution Already Exists: 'arn:aws:states:us-east-1:123456789012:execution:nh-lakehouse-pipeline:"
                        + "run-7'");

        ExecutionStart start = starter.start(MACHINE, "run-7", "{}");

        assertThat(start).isEqualTo(new ExecutionStart(
                "arn:aws:states:us-east-1:123456789012:execution:nh-lakehouse-pipeline:run-7", true));
        assertThat(stepFunctions.received("StartExecution")).hasSize(1);
    }
}
