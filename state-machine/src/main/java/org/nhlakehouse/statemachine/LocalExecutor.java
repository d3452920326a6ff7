package org.nhlakehouse.statemachine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import org.nhlakehouse.statemachine.json.Json;
import org.nhlakehouse.statemachine.model.TaskResources;
import org.nhlakehouse.statemachine.model.TaskState;
import org.nhlakehouse.statemachine.runtime.ExecutionRunner;
import org.nhlakehouse.statemachine.runtime.RuntimeSettings;
import org.nhlakehouse.statemachine.task.TaskRegistry;
import org.nhlakehouse.statemachine.time.ExecutionClock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs {@link StateMachine}s in-process, with Task resources resolved through a {@link TaskRegistry}. One executor can
 * run several executions at the same time; each call to {@code run} blocks until its execution ends.
 *
 * <pre>{@code
 * LocalExecutor executor = LocalExecutor.builder(registry).clock(new ScaledClock(0.0)).build();
 * Execution execution = executor.run(machine, "nightly-2024-06-01", input);
 * if (!execution.succeeded())
 *     System.err.print(execution.report());
 * }</pre>
 */
public final class LocalExecutor {

    /** Step Functions' payload quota: 256 KiB of UTF-8 JSON. */
    public static final int MAX_PAYLOAD_BYTES = 256 * 1024;
    /** Step Functions' history quota for one execution; also stops a polling loop that never ends. */
    public static final int MAX_HISTORY_EVENTS = 25_000;

    private final RuntimeSettings settings;

    private LocalExecutor(RuntimeSettings settings) {
        this.settings = settings;
    }

    /** An executor on the real clock with default settings. */
    public LocalExecutor(TaskRegistry registry) {
        this(builder(registry).settings());
    }

    public static Builder builder(TaskRegistry registry) {
        return new Builder(registry);
    }

    /** Problems with the machine's Task resources against this executor's registry (empty when all resolve). */
    public List<String> resourceProblems(StateMachine machine) {
        List<String> problems = new ArrayList<>();
        for (TaskState task : machine.taskStates()) {
            String where = "State '" + task.name() + "': ";
            if (TaskResources.isLambdaInvoke(task.resource())) {
                if (task.functionName() != null && settings.registry().find(task.functionName()).isEmpty()) {
                    problems.add(where + "FunctionName '" + task.functionName() + "' has no handler in the task"
                            + " registry (registered: " + settings.registry().keys() + ")");
                }
            } else if (settings.registry().find(task.resource()).isEmpty()) {
                problems.add(where + "Resource '" + task.resource() + "' has no handler in the task registry"
                        + " (registered: " + settings.registry().keys() + ")");
            }
        }
        return problems;
    }

    /** @throws DefinitionException when a Task resource has no handler */
    public void validate(StateMachine machine) {
        List<String> problems = resourceProblems(machine);
        if (!problems.isEmpty()) {
            throw new DefinitionException(problems);
        }
    }

    /** Runs an execution with a random name. */
    public Execution run(StateMachine machine, JsonNode input) {
        return run(machine, UUID.randomUUID().toString(), input);
    }

    public Execution run(StateMachine machine, String executionName, String inputJson) {
        try {
            return run(machine, executionName, Json.parse(inputJson));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The execution input is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Runs one execution to its end.
     *
     * @param input the execution input; null means {} as in StartExecution
     * @throws DefinitionException when a Task resource has no handler (nothing is run)
     */
    public Execution run(StateMachine machine, String executionName, JsonNode input) {
        Objects.requireNonNull(machine, "machine");
        if (executionName == null || executionName.isBlank() || executionName.length() > 80) {
            throw new IllegalArgumentException("An execution name must have 1 to 80 characters: " + executionName);
        }
        validate(machine);
        JsonNode effectiveInput = input == null ? Json.object() : input.deepCopy();
        ExecutionRunner.Result result = ExecutionRunner.run(settings, machine.graph(), machine.name(),
                machine.timeoutSeconds().orElse(null), executionName, effectiveInput);
        return new Execution(executionName, result.executionArn(), ExecutionStatus.valueOf(result.outcome().name()),
                effectiveInput, result.output(), result.error(), result.cause(), result.startDate(), result.stopDate(),
                result.history());
    }

    /** Settings of a {@link LocalExecutor}; every one has a sensible default. */
    public static final class Builder {

        private final TaskRegistry registry;
        private ExecutionClock clock = ExecutionClock.system();
        private ExecutorService branches;
        private Random random = new Random();
        private String region = "us-east-1";
        private String accountId = "123456789012";
        private Function<Throwable, String> errorNames = t -> t.getClass().getSimpleName();
        private int maxPayloadBytes = MAX_PAYLOAD_BYTES;
        private int maxHistoryEvents = MAX_HISTORY_EVENTS;

        private Builder(TaskRegistry registry) {
            this.registry = Objects.requireNonNull(registry, "registry");
        }

        /** Time for waits, retries, timeouts and history; default real time. */
        public Builder clock(ExecutionClock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        /** Runs Parallel branches and Map iterations; default a new virtual thread per branch. */
        public Builder branchExecutor(ExecutorService branches) {
            this.branches = Objects.requireNonNull(branches);
            return this;
        }

        /** Seeds FULL jitter and States.UUID, for repeatable runs. */
        public Builder seed(long seed) {
            this.random = new Random(seed);
            return this;
        }

        /** Region and account in the ARNs of the Context Object; default us-east-1 / 123456789012. */
        public Builder arnScope(String region, String accountId) {
            this.region = Objects.requireNonNull(region);
            this.accountId = Objects.requireNonNull(accountId);
            return this;
        }

        /**
         * The error name of an exception (other than TaskFailedException) thrown by a handler. Default: the simple class
         * name. On AWS, a Quarkus Lambda reports the fully qualified class name as errorType; use
         * {@code t -> t.getClass().getName()} to match that exactly.
         */
        public Builder errorNames(Function<Throwable, String> errorNames) {
            this.errorNames = Objects.requireNonNull(errorNames);
            return this;
        }

        /** The payload quota; default 256 KiB like Step Functions. */
        public Builder maxPayloadBytes(int maxPayloadBytes) {
            this.maxPayloadBytes = maxPayloadBytes;
            return this;
        }

        /** Fails an execution after this many history events; default 25,000 like Step Functions. */
        public Builder maxHistoryEvents(int maxHistoryEvents) {
            this.maxHistoryEvents = maxHistoryEvents;
            return this;
        }

        public LocalExecutor build() {
            return new LocalExecutor(settings());
        }

        private RuntimeSettings settings() {
            ExecutorService executor = branches != null ? branches
                    : Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("asl-branch-", 0).factory());
            return new RuntimeSettings(registry, clock, executor, random, region, accountId, errorNames,
                    maxPayloadBytes, maxHistoryEvents);
        }
    }
}
