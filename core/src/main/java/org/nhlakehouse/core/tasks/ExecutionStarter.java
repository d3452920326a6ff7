package org.nhlakehouse.core.tasks;

/**
 * Starts a run of the pipeline's state machine: Step Functions on AWS, the in-process ASL executor locally. Starting
 * twice under one name starts one execution: the second call reports {@code alreadyStarted}.
 */
public interface ExecutionStarter {

    /**
     * @param stateMachineArn which state machine (ignored by local starters that run only one)
     * @param executionName a name derived from what triggered the run (see {@link ExecutionNames})
     * @param inputJson the execution's input
     */
    ExecutionStart start(String stateMachineArn, String executionName, String inputJson);
}
