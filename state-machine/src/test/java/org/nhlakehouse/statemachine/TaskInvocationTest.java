package org.nhlakehouse.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nhlakehouse.statemachine.Asl.json;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.statemachine.history.HistoryEvent;
import org.nhlakehouse.statemachine.history.HistoryEventType;
import org.nhlakehouse.statemachine.task.TaskFailedException;
import org.nhlakehouse.statemachine.task.TaskRegistry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** How Task resources reach handlers: Lambda ARNs, the lambda:invoke integration, and failures. */
class TaskInvocationTest {

    private static final String FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:Echo";

    private final AtomicReference<JsonNode> received = new AtomicReference<>();
    private final Asl.Harness harness = Asl.harness()
            .handler(FUNCTION, input -> {
                received.set(input);
                return json("{'echo': " + input + "}");
            })
            .handler("arn:aws:lambda:us-east-1:123456789012:function:Broken", input -> {
                throw new IllegalStateException("database is down");
            })
            .handler("arn:aws:lambda:us-east-1:123456789012:function:Refuses", input -> {
                throw new TaskFailedException("StepNotReady", "query q-1 is still queued");
            })
            .handler("local:broken", input -> {
                throw new IllegalStateException("plain cause");
            });

    @Test
    void lambdaArnResource_returnsTheHandlerResponseAsTheResult() {
        Execution execution = harness.run("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s", "End": true}}}
                """.formatted(FUNCTION), "{'a': 1}");

        assertThat(received.get()).isEqualTo(json("{'a': 1}"));
        assertThat(execution.output()).isEqualTo(json("{'echo': {'a': 1}}"));
    }

    @Test
    void lambdaInvoke_sendsThePayloadAndWrapsTheResponseLikeAws() {
        Execution execution = harness.run("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "%s", "Payload.$": "$.job"}, "End": true}}}
                """.formatted(FUNCTION), "{'job': {'step': 's1'}}");

        assertThat(received.get()).isEqualTo(json("{'step': 's1'}"));
        JsonNode output = execution.output();
        assertThat(output.get("Payload")).isEqualTo(json("{'echo': {'step': 's1'}}"));
        assertThat(output.get("StatusCode").asInt()).isEqualTo(200);
        assertThat(output.get("ExecutedVersion").asText()).isEqualTo("$LATEST");
        assertThat(output.at("/SdkHttpMetadata/HttpStatusCode").asInt()).isEqualTo(200);
        assertThat(output.at("/SdkResponseMetadata/RequestId").asText()).hasSize(36);
    }

    @Test
    void lambdaInvoke_withTheUsualResultSelector_keepsOnlyThePayload() {
        Execution execution = harness.run("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "%s", "Payload.$": "$"},
                  "ResultSelector": {"Payload.$": "$.Payload"}, "ResultPath": "$.result", "End": true}}}
                """.formatted(FUNCTION), "{'x': 1}");

        assertThat(execution.output()).isEqualTo(json("{'x': 1, 'result': {'Payload': {'echo': {'x': 1}}}}"));
    }

    @Test
    void lambdaInvoke_withoutPayload_sendsNull() {
        harness.run("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "%s"}, "End": true}}}
                """.formatted(FUNCTION), "{'x': 1}");

        assertThat(received.get()).isEqualTo(json("null"));
    }

    @Test
    void qualifiedFunctionArn_fallsBackToTheUnqualifiedRegistration() {
        Execution execution = harness.run("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "%s:live", "End": true}}}
                """.formatted(FUNCTION), "{'a': 2}");

        assertThat(execution.output()).isEqualTo(json("{'echo': {'a': 2}}"));
    }

    @Test
    void handlerException_isNamedAfterItsClass_withLambdasJsonErrorAsCause() {
        Execution execution = harness.run("""
                {"StartAt": "T", "States": {"T": {"Type": "Task",
                  "Resource": "arn:aws:lambda:us-east-1:123456789012:function:Broken", "End": true}}}
                """, "{}");

        assertThat(execution.error()).isEqualTo("IllegalStateException");
        assertThat(json(execution.cause().replace('"', '\'')))
                .isEqualTo(json("{'errorMessage': 'database is down', 'errorType': 'IllegalStateException'}"));
    }

    @Test
    void errorNames_canFollowQuarkusFullyQualifiedErrorTypes() {
        LocalExecutor executor = LocalExecutor.builder(TaskRegistry.builder().register("local:broken", input -> {
            throw new IllegalStateException("plain cause");
        }).build()).errorNames(t -> t.getClass().getName()).build();

        Execution execution = executor.run(Asl.machine("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "local:broken", "End": true}}}
                """), json("{}"));

        assertThat(execution.error()).isEqualTo("java.lang.IllegalStateException");
        assertThat(execution.cause()).as("non-Lambda resources keep the plain message").isEqualTo("plain cause");
    }

    @Test
    void taskFailedException_setsTheErrorName_throughLambdaInvokeToo() {
        Execution execution = harness.run("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:Refuses"},
                  "Catch": [{"ErrorEquals": ["StepNotReady"], "Next": "Caught"}], "End": true},
                  "Caught": {"Type": "Pass", "Parameters": {"error.$": "$.Error", "message.$": "$.Cause"},
                             "End": true}}}
                """, "{}");

        assertThat(execution.output().get("error").asText()).isEqualTo("StepNotReady");
        assertThat(json(execution.output().get("message").asText().replace('"', '\'')))
                .isEqualTo(json("{'errorMessage': 'query q-1 is still queued', 'errorType': 'StepNotReady'}"));
    }

    @Test
    void unknownResource_isRejectedBeforeAnythingRuns() {
        StateMachine machine = Asl.machine("""
                {"StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:Nope", "Next": "U"},
                  "U": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                        "Parameters": {"FunctionName": "Missing"}, "End": true}}}
                """);

        assertThat(harness.executor().resourceProblems(machine)).hasSize(2);
        assertThatThrownBy(() -> harness.run(machine, "{}")).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("State 'T': Resource 'arn:aws:lambda:us-east-1:123456789012:function:Nope' has"
                        + " no handler in the task registry")
                .hasMessageContaining("State 'U': FunctionName 'Missing' has no handler in the task registry");
    }

    @Test
    void dynamicFunctionNameWithoutHandler_failsLikeLambdaDoes() {
        Execution execution = harness.run("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName.$": "$.fn"}, "End": true}}}
                """, "{'fn': 'Ghost'}");

        assertThat(execution.error()).isEqualTo("Lambda.ResourceNotFoundException");
    }

    @Test
    void handlerGetsACopy_soMutatingItDoesNotChangeTheStateData() {
        Asl.Harness mutating = Asl.harness().handler("mutate", input -> {
            ((ObjectNode) input).put("changed", true);
            return json("'ok'");
        });

        Execution execution = mutating.run("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "mutate", "ResultPath": "$.r",
                  "End": true}}}
                """, "{'a': 1}");

        assertThat(execution.output()).isEqualTo(json("{'a': 1, 'r': 'ok'}"));
    }

    @Test
    void history_recordsScheduledStartedAndSucceeded() {
        Execution execution = harness.run("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                  "Parameters": {"FunctionName": "%s", "Payload": {"k": 1}}, "TimeoutSeconds": 60, "End": true}}}
                """.formatted(FUNCTION), "{}");

        HistoryEvent scheduled = execution.history().ofType(HistoryEventType.TaskScheduled).get(0);
        assertThat(scheduled.detail("resourceType")).isEqualTo("lambda");
        assertThat(scheduled.detail("resource")).isEqualTo("invoke");
        assertThat(json(scheduled.detail("parameters").replace('"', '\'')))
                .isEqualTo(json("{'FunctionName': '%s', 'Payload': {'k': 1}}".formatted(FUNCTION)));
        assertThat(scheduled.details().get("timeoutInSeconds").asInt()).isEqualTo(60);
        assertThat(execution.history().ofType(HistoryEventType.TaskStarted)).hasSize(1);
        assertThat(execution.history().ofType(HistoryEventType.TaskSucceeded)).singleElement()
                .satisfies(e -> assertThat(e.detail("output")).contains("\"StatusCode\":200"));
    }

    @Test
    void registry_rejectsDuplicateRegistrations() {
        assertThatThrownBy(() -> TaskRegistry.of(Map.of("a", i -> i)).keys().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> TaskRegistry.builder().register("a", i -> i).register("a", i -> i))
                .hasMessageContaining("already registered");
        assertThatThrownBy(() -> new TaskFailedException("States.Custom", "x"))
                .hasMessageContaining("must be non-blank and not start with 'States.'");
    }
}
