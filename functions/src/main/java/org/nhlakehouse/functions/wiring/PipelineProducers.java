package org.nhlakehouse.functions.wiring;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.nhlakehouse.aws.sfn.StepFunctionsExecutionStarter;
import org.nhlakehouse.aws.sns.SnsNotifier;
import org.nhlakehouse.core.pipeline.Warehouse;
import org.nhlakehouse.core.tasks.ExecutionStarter;
import org.nhlakehouse.core.tasks.LogNotifier;
import org.nhlakehouse.core.tasks.Notifier;
import org.nhlakehouse.core.tasks.PipelineServices;
import org.nhlakehouse.core.tasks.StartPipelineTask;
import org.nhlakehouse.functions.config.LakehouseConfig;

/** The pipeline's tasks and what they need beyond the warehouse: the clock, the notifier, the execution starter. */
@ApplicationScoped
public class PipelineProducers {

    private static final Logger LOG = Logger.getLogger(PipelineProducers.class);

    @Produces
    @Singleton
    PipelineServices pipelineServices(Warehouse warehouse, LakehouseConfig config, Notifier notifier) {
        // On AWS a run's tasks run in many short-lived processes, so the lease is held by time, never by a process.
        boolean processBoundLease = false;
        return new PipelineServices(warehouse, config.compressBronzeRows(), config.leaseTtl(), processBoundLease,
                Clock.systemUTC(), notifier);
    }

    /** SNS when a topic is configured; otherwise failures are only logged (the run log records them either way). */
    @Produces
    @Singleton
    Notifier notifier(LakehouseConfig config, AwsClients clients) {
        if (config.notifications().topicArn().isPresent()) {
            return SnsNotifier.create(clients.sns(), config.notifications().topicArn().get());
        }
        return new LogNotifier(LOG::warn);
    }

    @Produces
    @Singleton
    ExecutionStarter executionStarter(AwsClients clients) {
        return StepFunctionsExecutionStarter.create(clients.stepFunctions());
    }

    @Produces
    @Singleton
    StartPipelineTask startPipelineTask(LakehouseConfig config, ExecutionStarter starter) {
        String stateMachineArn = config.stateMachineArn().orElseThrow(() -> new IllegalStateException(
                "lakehouse.state-machine-arn (LAKEHOUSE_STATE_MACHINE_ARN) is not set: startPipeline needs it"));
        return new StartPipelineTask(config.bucket(), stateMachineArn, starter);
    }
}
