package org.nhlakehouse.rehearsal.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.aws.sfn.StepFunctionsExecutionStarter;
import org.nhlakehouse.core.tasks.ExecutionStart;
import org.nhlakehouse.rehearsal.template.CloudFormation;
import org.nhlakehouse.rehearsal.template.DeployedDefinition;

import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The Step Functions starter against moto's StartExecution, whose name rules follow AWS's for Standard workflows: a
 * name is used once (90 days on AWS); the same name and input while that execution runs returns the same execution;
 * anything else under a used name is ExecutionAlreadyExists.
 */
class StepFunctionsStarterOnMotoTest {

    private static final String INPUT = "{\"bucket\":\"b\",\"keys\":[\"bronze/pbj/a.csv\"]}";

    @Test
    void aNameStartsOneExecution_andAUsedNameStartsNothing() throws InterruptedException {
        try (SfnClient sfn = SharedMoto.server().clientSettings().configure(SfnClient.builder()).build();
                StepFunctionsExecutionStarter starter = new StepFunctionsExecutionStarter(sfn)) {
            String machine = sfn.createStateMachine(c -> c.name(SharedMoto.unique("pipeline"))
                    .definition(DeployedDefinition.of(CloudFormation.transformed()).json())
                    .roleArn("arn:aws:iam::123456789012:role/pipeline")).stateMachineArn();

            ExecutionStart first = starter.start(machine, "pbj_a_csv-0123", INPUT);
            assertThat(first.alreadyStarted()).isFalse();
            assertThat(first.executionArn()).isEqualTo(StepFunctionsExecutionStarter.executionArn(machine,
                    "pbj_a_csv-0123"));

            // The same name and input while it runs: AWS (and moto) answer with the same execution, not an error,
            // dated when the first request started it: reported as already started.
            Thread.sleep(StepFunctionsExecutionStarter.CLOCK_ALLOWANCE.plusMillis(300).toMillis());
            ExecutionStart replay = starter.start(machine, "pbj_a_csv-0123", INPUT);
            assertThat(replay.executionArn()).isEqualTo(first.executionArn());
            assertThat(replay.alreadyStarted()).isTrue();

            // The same name with another input: ExecutionAlreadyExists, reported as already started.
            ExecutionStart other = starter.start(machine, "pbj_a_csv-0123", INPUT.replace("a.csv", "b.csv"));
            assertThat(other.alreadyStarted()).isTrue();
            assertThat(other.executionArn()).isEqualTo(first.executionArn());

            // Once the execution has ended, even the same input is ExecutionAlreadyExists.
            sfn.stopExecution(s -> s.executionArn(first.executionArn()));
            assertThat(starter.start(machine, "pbj_a_csv-0123", INPUT).alreadyStarted()).isTrue();

            assertThat(sfn.listExecutions(l -> l.stateMachineArn(machine)).executions()).hasSize(1);
        }
    }
}
