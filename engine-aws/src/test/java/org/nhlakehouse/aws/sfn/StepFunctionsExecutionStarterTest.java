package org.nhlakehouse.aws.sfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.nhlakehouse.core.tasks.ExecutionNames;
import org.nhlakehouse.core.tasks.ExecutionStart;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.StartExecutionRequest;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;

/** {@link StepFunctionsExecutionStarter} on a mocked {@link SfnClient}, and {@link ExecutionNames}. */
class StepFunctionsExecutionStarterTest {

    private static final String MACHINE = "arn:aws:states:us-east-1:123456789012:stateMachine:nh-lakehouse-pipeline";
    private static final String INPUT = "{\"bucket\":\"nh-landing\",\"key\":\"pbj/q2.csv\"}";
    private static final Instant NOW = Instant.parse("2024-11-01T08:00:00Z");

    private SfnClient sfn;
    private StepFunctionsExecutionStarter starter;

    @BeforeEach
    void setUp() {
        sfn = mock(SfnClient.class);
        starter = new StepFunctionsExecutionStarter(sfn, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void start_sendsTheStateMachineNameAndInput() {
        when(sfn.startExecution(any(StartExecutionRequest.class))).thenReturn(StartExecutionResponse.builder()
                .executionArn(MACHINE.replace("stateMachine", "execution") + ":run-1")
                .startDate(NOW.plusMillis(40)).build());

        ExecutionStart start = starter.start(MACHINE, "run-1", INPUT);

        assertThat(start).isEqualTo(new ExecutionStart(
                "arn:aws:states:us-east-1:123456789012:execution:nh-lakehouse-pipeline:run-1", false));
        ArgumentCaptor<StartExecutionRequest> request = ArgumentCaptor.forClass(StartExecutionRequest.class);
        verify(sfn).startExecution(request.capture());
        assertThat(request.getValue().stateMachineArn()).isEqualTo(MACHINE);
        assertThat(request.getValue().name()).isEqualTo("run-1");
        assertThat(request.getValue().input()).isEqualTo(INPUT);
        assertThat(request.getValue().traceHeader()).isNull();
    }

    @Test
    void start_answeredWithAnExecutionStartedBeforeTheRequest_isAReplay() {
        // Step Functions' answer to the same name and input while that execution runs: the execution as it started.
        String arn = MACHINE.replace("stateMachine", "execution") + ":run-1";
        when(sfn.startExecution(any(StartExecutionRequest.class))).thenReturn(
                StartExecutionResponse.builder().executionArn(arn).startDate(NOW.minus(Duration.ofMinutes(3))).build(),
                StartExecutionResponse.builder().executionArn(arn).startDate(NOW.minusMillis(900)).build());

        assertThat(starter.start(MACHINE, "run-1", INPUT)).isEqualTo(new ExecutionStart(arn, true));
        // Within the clock allowance: dated a little before the request by a clock behind this host's, a start.
        assertThat(starter.start(MACHINE, "run-1", INPUT)).isEqualTo(new ExecutionStart(arn, false));
    }

    @Test
    void start_ofANameThatExists_returnsTheExistingExecution() {
        when(sfn.startExecution(any(StartExecutionRequest.class))).thenThrow(ExecutionAlreadyExistsException
                .builder().statusCode(400).awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("ExecutionAlreadyExists").errorMessage("Execution Already Exists").build())
                .build());

        assertThat(starter.start(MACHINE, "pbj_q2_csv-0123456789abcdef01234567", INPUT)).isEqualTo(
                new ExecutionStart("arn:aws:states:us-east-1:123456789012:execution:nh-lakehouse-pipeline:"
                        + "pbj_q2_csv-0123456789abcdef01234567", true));
    }

    @Test
    void otherErrors_areNotSwallowed() {
        when(sfn.startExecution(any(StartExecutionRequest.class)))
                .thenThrow(StateMachineDoesNotExistException.builder().statusCode(400).build());

        assertThatThrownBy(() -> starter.start(MACHINE, "run-1", INPUT))
                .isInstanceOf(StateMachineDoesNotExistException.class);
    }

    @Test
    void executionArn_dropsAVersionOrAliasQualifier_andKeepsThePartition() {
        assertThat(StepFunctionsExecutionStarter.executionArn(MACHINE + ":prod", "run-1"))
                .isEqualTo("arn:aws:states:us-east-1:123456789012:execution:nh-lakehouse-pipeline:run-1");
        assertThat(StepFunctionsExecutionStarter.executionArn(
                "arn:aws-us-gov:states:us-gov-west-1:123456789012:stateMachine:m", "r"))
                .isEqualTo("arn:aws-us-gov:states:us-gov-west-1:123456789012:execution:m:r");
    }

    @Test
    void badArguments_areRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> starter.start("arn:aws:lambda:us-east-1:123456789012:function:f", "r", INPUT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> starter.start(MACHINE, "has space", INPUT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> starter.start(MACHINE, "x".repeat(81), INPUT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> starter.start(MACHINE, "r", "{not json"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> starter.start(MACHINE, "r", "\"" + "x".repeat(262_144) + "\""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("256 KiB");
        verifyNoInteractions(sfn);
    }

    @Test
    void executionNames_areDeterministic_perBucketKeyAndEtag() {
        String name = ExecutionNames.forObject("nh-landing", "pbj/PBJ_Daily_Nurse_Staffing_Q2_2024.csv",
                "\"9b2cf535f27731c974343645a3985328\"");

        assertThat(name).isEqualTo(ExecutionNames.forObject("nh-landing", "pbj/PBJ_Daily_Nurse_Staffing_Q2_2024.csv",
                "9b2cf535f27731c974343645a3985328"));
        assertThat(name).matches("pbj_daily_nurse_staffing_q2_2024_csv-[0-9a-f]{24}");
        assertThat(ExecutionNames.isValid(name)).isTrue();
        assertThat(ExecutionNames.forObject("nh-landing", "pbj/PBJ_Daily_Nurse_Staffing_Q2_2024.csv", "other"))
                .isNotEqualTo(name);
        assertThat(ExecutionNames.forObject("nh-landing-2", "pbj/PBJ_Daily_Nurse_Staffing_Q2_2024.csv",
                "9b2cf535f27731c974343645a3985328")).isNotEqualTo(name);
    }

    @Test
    void executionNames_stayValid_forLongAndOddKeys() {
        String longName = ExecutionNames.forObject("b", "x/" + "Very Long (Name) ".repeat(20) + ".csv", "e");
        String odd = ExecutionNames.forObject("b", "dir/…/", "e");

        assertThat(longName).hasSize(80);
        assertThat(ExecutionNames.isValid(longName)).isTrue();
        assertThat(odd).matches("[0-9a-f]{24}");
    }
}
