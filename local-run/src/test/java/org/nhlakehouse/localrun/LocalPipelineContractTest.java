package org.nhlakehouse.localrun;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.pipeline.PipelineListener;
import org.nhlakehouse.core.tasks.ExecutionStarter;
import org.nhlakehouse.core.tasks.PipelineTask;
import org.nhlakehouse.core.testing.AbstractExecutionStarterContractTest;

/**
 * The ExecutionStarter contract (core's test jar) of the local stand-in for Step Functions: the deployed definition run
 * in-process on a DuckDB warehouse, each start running its execution to its end. Executions are counted by the batch
 * plans they make (every execution plans once: the input names no file, and no other run holds the lease).
 */
class LocalPipelineContractTest extends AbstractExecutionStarterContractTest {

    @TempDir
    Path directory;

    private LocalLakehouse lakehouse;
    private final AtomicInteger plans = new AtomicInteger();

    @AfterEach
    void close() {
        lakehouse.close();
    }

    @Override
    protected ExecutionStarter starter() {
        lakehouse = LocalLakehouse.open(directory);
        lakehouse.warehouse().setUp();
        return lakehouse.pipeline(PipelineListener.NONE, task -> task.name().equals("planBatch")
                ? PipelineTask.named(task.name(), input -> {
                    plans.incrementAndGet();
                    return task.apply(input);
                })
                : task);
    }

    @Override
    protected String stateMachineArn() {
        return "arn:aws:states:us-east-1:000000000000:stateMachine:local";
    }

    @Override
    protected String input(int variant) {
        return "{\"bucket\":\"local-" + variant + "\",\"keys\":[]}";
    }

    @Override
    protected int executions() {
        return plans.get();
    }
}
