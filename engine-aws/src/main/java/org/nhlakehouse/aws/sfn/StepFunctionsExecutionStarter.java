package org.nhlakehouse.aws.sfn;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nhlakehouse.aws.AwsClientSettings;
import org.nhlakehouse.core.tasks.ExecutionNames;
import org.nhlakehouse.core.tasks.ExecutionStart;
import org.nhlakehouse.core.tasks.ExecutionStarter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.StartExecutionRequest;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;

/**
 * Starts state machine executions by name, idempotently: a name that was used before is not an error but the
 * existing execution (Step Functions keeps names unique per state machine for 90 days after an execution closes).
 *
 * <p>
 * Step Functions answers a repeated start of a still-running Standard execution with the same name and input by
 * returning that execution (HTTP 200, the same ARN and start date), not {@code ExecutionAlreadyExists}. So a start is
 * reported as {@code alreadyStarted} when Step Functions answered {@code ExecutionAlreadyExists} (the execution has
 * closed, or its input differs) or when the execution it returned started before this request was sent (allowing
 * {@link #CLOCK_ALLOWANCE} for the difference between this host's clock and Step Functions'). A repeat sent within
 * that allowance of the first start is still reported as a start.
 */
public final class StepFunctionsExecutionStarter implements ExecutionStarter, AutoCloseable {

    /** Step Functions' limit for an execution's input: 256 KiB of UTF-8. */
    public static final int MAX_INPUT_BYTES = 256 * 1024;

    /** {@code arn:<partition>:states:<region>:<account>:stateMachine:<name>[:<version or alias>]}. */
    private static final Pattern STATE_MACHINE_ARN = Pattern
            .compile("(arn:[a-z0-9-]+:states:[a-z0-9-]+:\\d{12}):stateMachine:([A-Za-z0-9_-]{1,80})(:[A-Za-z0-9_-]+)?");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * How much earlier than this host's clock Step Functions' may date an execution this request started (both are
     * synchronized on AWS; Step Functions dates executions to the millisecond).
     */
    public static final Duration CLOCK_ALLOWANCE = Duration.ofSeconds(1);

    private final SfnClient sfn;
    private final Clock clock;
    private final boolean ownsClient;

    /** A starter on a client that the caller owns (and closes). */
    public StepFunctionsExecutionStarter(SfnClient sfn) {
        this(sfn, Clock.systemUTC());
    }

    /** As {@link #StepFunctionsExecutionStarter(SfnClient)}, telling the time of a request by {@code clock}. */
    public StepFunctionsExecutionStarter(SfnClient sfn, Clock clock) {
        this(sfn, clock, false);
    }

    private StepFunctionsExecutionStarter(SfnClient sfn, Clock clock, boolean ownsClient) {
        this.sfn = Objects.requireNonNull(sfn, "sfn");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ownsClient = ownsClient;
    }

    /** A starter with its own client; {@link #close()} closes it. */
    public static StepFunctionsExecutionStarter create(AwsClientSettings client) {
        return new StepFunctionsExecutionStarter(client.configure(SfnClient.builder()).build(), Clock.systemUTC(),
                true);
    }

    /**
     * Starts an execution, or finds the one that already has this name.
     *
     * @param stateMachineArn the state machine (optionally with a version or alias qualifier)
     * @param executionName 1 to 80 characters of {@code [A-Za-z0-9-_]}, e.g. from {@link ExecutionNames#forObject}
     * @param inputJson the execution's input, a JSON document of at most 256 KiB
     */
    @Override
    public ExecutionStart start(String stateMachineArn, String executionName, String inputJson) {
        Matcher arn = parseArn(stateMachineArn);
        if (!ExecutionNames.isValid(executionName)) {
            throw new IllegalArgumentException(
                    "An execution name must be 1-80 characters of [A-Za-z0-9-_], got '" + executionName + "'");
        }
        requireJson(inputJson);
        Instant requested = clock.instant();
        try {
            StartExecutionResponse started = sfn.startExecution(StartExecutionRequest.builder()
                    .stateMachineArn(stateMachineArn).name(executionName).input(inputJson).build());
            return new ExecutionStart(started.executionArn(), startedBefore(started, requested));
        } catch (ExecutionAlreadyExistsException e) {
            return new ExecutionStart(executionArn(arn, executionName), true);
        }
    }

    /** Whether StartExecution returned a running execution that an earlier request started (same name and input). */
    private static boolean startedBefore(StartExecutionResponse started, Instant requested) {
        return started.startDate() != null && started.startDate().isBefore(requested.minus(CLOCK_ALLOWANCE));
    }

    /**
     * The ARN of a named execution of a state machine:
     * {@code arn:aws:states:us-east-1:123456789012:execution:<state machine name>:<execution name>} (a version or
     * alias qualifier of the state machine is not part of it).
     */
    public static String executionArn(String stateMachineArn, String executionName) {
        return executionArn(parseArn(stateMachineArn), executionName);
    }

    @Override
    public void close() {
        if (ownsClient) {
            sfn.close();
        }
    }

    private static String executionArn(Matcher arn, String executionName) {
        return arn.group(1) + ":execution:" + arn.group(2) + ":" + executionName;
    }

    private static Matcher parseArn(String stateMachineArn) {
        Matcher matcher = STATE_MACHINE_ARN.matcher(Objects.requireNonNull(stateMachineArn, "stateMachineArn"));
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a state machine ARN: " + stateMachineArn);
        }
        return matcher;
    }

    private static void requireJson(String inputJson) {
        Objects.requireNonNull(inputJson, "inputJson");
        if (inputJson.getBytes(StandardCharsets.UTF_8).length > MAX_INPUT_BYTES) {
            throw new IllegalArgumentException("Execution input is larger than 256 KiB");
        }
        try {
            JSON.readTree(inputJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Execution input is not valid JSON: " + e.getOriginalMessage());
        }
    }
}
