package org.nhlakehouse.localrun;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.nhlakehouse.core.tasks.ExecutionStart;
import org.nhlakehouse.core.tasks.ExecutionStarter;
import org.nhlakehouse.core.tasks.PipelineServices;
import org.nhlakehouse.core.tasks.PipelineTask;
import org.nhlakehouse.statemachine.Execution;
import org.nhlakehouse.statemachine.LocalExecutor;
import org.nhlakehouse.statemachine.StateMachine;
import org.nhlakehouse.statemachine.task.TaskRegistry;
import org.nhlakehouse.statemachine.time.ExecutionClock;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The pipeline's state machine ({@code state-machine/pipeline.asl.json}, the definition deployed to Step Functions)
 * run in-process, its Task resources mapped to the same tasks the Lambda handlers run. This is how the pipeline runs
 * locally: there is no other local code path.
 *
 * <p>
 * It is also the local stand-in for Step Functions' StartExecution: starting an execution under a name already used
 * starts nothing and reports {@code alreadyStarted}, as Step Functions answers {@code ExecutionAlreadyExists}.
 */
public final class LocalPipeline implements ExecutionStarter {

    public static final String DEFINITION = "state-machine/pipeline.asl.json";
    /** The local stand-in for a Lambda function ARN; the function name is the task name. */
    static final String FUNCTION_ARN = "arn:aws:lambda:us-east-1:000000000000:function:";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StateMachine machine;
    private final LocalExecutor executor;
    private final Map<String, CompletableFuture<Execution>> executions = new ConcurrentHashMap<>();

    /**
     * @param clock real time, or a scale (0 makes Wait states and retry delays instant)
     * @param decorate wraps each task; tests use it to inject faults
     */
    public LocalPipeline(PipelineServices services, ExecutionClock clock, UnaryOperator<PipelineTask> decorate) {
        TaskRegistry.Builder registry = TaskRegistry.builder();
        for (PipelineTask task : services.tasks()) {
            PipelineTask decorated = decorate.apply(task);
            registry.register(FUNCTION_ARN + task.name(), decorated::apply);
        }
        this.machine = StateMachine.load(definition(), substitutions());
        this.executor = LocalExecutor.builder(registry.build()).clock(clock)
                // Lambda reports a Java exception's fully qualified class name as its error type; match that.
                .errorNames(error -> error.getClass().getName())
                .build();
        executor.validate(machine);
    }

    /** The definition as deployed, read from the classpath. */
    public static String definition() {
        try (InputStream in = LocalPipeline.class.getClassLoader().getResourceAsStream(DEFINITION)) {
            if (in == null) {
                throw new IllegalStateException(DEFINITION + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The definition's substitutions, one function per task: {@code ${RunSqlStepFunctionArn}} for task
     * {@code runSqlStep}, as template.yaml names them.
     */
    public static Map<String, String> substitutions() {
        Map<String, String> substitutions = new LinkedHashMap<>();
        for (String task : List.of("landFile", "planBatch", "runSqlStep", "checkSqlStep", "finishRun", "failRun")) {
            substitutions.put(substitutionOf(task), FUNCTION_ARN + task);
        }
        return substitutions;
    }

    /** {@code runSqlStep} → {@code RunSqlStepFunctionArn}. */
    public static String substitutionOf(String taskName) {
        return taskName.substring(0, 1).toUpperCase(Locale.ROOT) + taskName.substring(1) + "FunctionArn";
    }

    /** Runs an execution to its end for these raw keys. */
    public Execution run(String executionName, List<String> keys) {
        ObjectNode input = JSON.createObjectNode().put("bucket", "local");
        keys.forEach(input.putArray("keys")::add);
        return run(executionName, input.toString());
    }

    private Execution run(String executionName, String inputJson) {
        CompletableFuture<Execution> future = new CompletableFuture<>();
        executions.put(executionName, future);
        return runInto(future, executionName, inputJson);
    }

    private Execution runInto(CompletableFuture<Execution> future, String executionName, String inputJson) {
        try {
            Execution execution = executor.run(machine, executionName, inputJson);
            future.complete(execution);
            return execution;
        } catch (RuntimeException e) {
            future.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * Starts an execution and runs it to its end, unless one with this name was started before: then it starts
     * nothing (after waiting for that one to end, if it is still running) and says so.
     */
    @Override
    public ExecutionStart start(String stateMachineArn, String executionName, String inputJson) {
        CompletableFuture<Execution> mine = new CompletableFuture<>();
        CompletableFuture<Execution> earlier = executions.putIfAbsent(executionName, mine);
        if (earlier != null) {
            return new ExecutionStart(earlier.join().executionArn(), true);
        }
        return new ExecutionStart(runInto(mine, executionName, inputJson).executionArn(), false);
    }

    /** An execution this pipeline ran, by name, once it has ended. */
    public Optional<Execution> execution(String name) {
        CompletableFuture<Execution> future = executions.get(name);
        return future == null || !future.isDone() || future.isCompletedExceptionally() ? Optional.empty()
                : Optional.of(future.join());
    }
}
