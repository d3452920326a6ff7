package org.nhlakehouse.rehearsal.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nhlakehouse.aws.sfn.StepFunctionsExecutionStarter;
import org.nhlakehouse.core.tasks.ExecutionStart;
import org.nhlakehouse.core.tasks.ExecutionStarter;
import org.nhlakehouse.core.testing.AbstractExecutionStarterContractTest;
import org.nhlakehouse.rehearsal.template.CloudFormation;
import org.nhlakehouse.rehearsal.template.DeployedDefinition;

import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The ExecutionStarter contract (core's test jar) of the Step Functions starter against moto's StartExecution, whose
 * name rules follow AWS's for Standard workflows: a name is used once (90 days on AWS); the same name and input while
 * that execution runs returns the same execution; anything else under a used name is ExecutionAlreadyExists.
 */
class StepFunctionsStarterOnMotoTest extends AbstractExecutionStarterContractTest {

    private SfnClient sfn;
    private String machine;

    @AfterEach
    void tearDown() {
        sfn.close();
    }

    @Override
    protected ExecutionStarter starter() {
        sfn = SharedMoto.server().clientSettings().configure(SfnClient.builder()).build();
        machine = sfn.createStateMachine(c -> c.name(SharedMoto.unique("pipeline"))
                .definition(DeployedDefinition.of(CloudFormation.transformed()).json())
                .roleArn("arn:aws:iam::123456789012:role/pipeline")).stateMachineArn();
        return new StepFunctionsExecutionStarter(sfn);
    }

    @Override
    protected String stateMachineArn() {
        return machine;
    }

    @Override
    protected String input(int variant) {
        return "{\"bucket\":\"b\",\"keys\":[\"bronze/pbj/" + variant + ".csv\"]}";
    }

    @Override
    protected int executions() {
        return sfn.listExecutions(l -> l.stateMachineArn(machine)).executions().size();
    }

    /** A repeat within the starter's clock allowance of the first start is taken for the first start itself. */
    @Override
    protected void beforeRepeat() throws InterruptedException {
        Thread.sleep(StepFunctionsExecutionStarter.CLOCK_ALLOWANCE.plusMillis(300).toMillis());
    }

    @Test
    void aNameStillUsedOnceTheExecutionHasEnded() {
        ExecutionStarter starter = starter();
        ExecutionStart first = starter.start(machine, "pbj_a_csv-0123", input(0));
        assertThat(first.executionArn()).isEqualTo(StepFunctionsExecutionStarter.executionArn(machine,
                "pbj_a_csv-0123"));

        sfn.stopExecution(s -> s.executionArn(first.executionArn()));
        assertThat(starter.start(machine, "pbj_a_csv-0123", input(0)).alreadyStarted()).isTrue();
        assertThat(executions()).isEqualTo(1);
    }
}
