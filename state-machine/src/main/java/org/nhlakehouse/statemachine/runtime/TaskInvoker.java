package org.nhlakehouse.statemachine.runtime;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import org.nhlakehouse.statemachine.history.HistoryEventType;
import org.nhlakehouse.statemachine.json.Json;
import org.nhlakehouse.statemachine.model.StatesErrors;
import org.nhlakehouse.statemachine.model.TaskResources;
import org.nhlakehouse.statemachine.model.TaskState;
import org.nhlakehouse.statemachine.task.TaskFailedException;
import org.nhlakehouse.statemachine.task.TaskHandler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Calls a task's handler the way Step Functions calls the resource:
 * <ul>
 * <li>a Lambda ARN: the handler gets the effective input and its response is the result;</li>
 * <li>{@code arn:aws:states:::lambda:invoke}: the handler named by {@code FunctionName} gets {@code Payload}, and the
 * result is {@code {"ExecutedVersion", "Payload", "SdkHttpMetadata", "SdkResponseMetadata", "StatusCode": 200}};</li>
 * <li>any other registered resource: like a Lambda ARN.</li>
 * </ul>
 * A Lambda's failure has the function's error type as its name and, as its cause, the JSON error payload
 * {@code {"errorMessage", "errorType"}} that Lambda returns. Task TimeoutSeconds and the machine deadline bound the
 * call on the execution clock.
 */
final class TaskInvoker {

    private record Target(TaskHandler handler, JsonNode payload, String resourceType, String resource,
            boolean lambda, boolean invokeIntegration) {
    }

    private final ExecutionRun run;

    TaskInvoker(ExecutionRun run) {
        this.run = run;
    }

    JsonNode invoke(TaskState state, JsonNode effective, StateVisit visit) throws StatesError, InterruptedException {
        Target target = target(state.resource(), effective, visit);
        run.record(HistoryEventType.TaskScheduled, visit.scope(), "resourceType", target.resourceType(), "resource",
                target.resource(), "region", run.settings().region(), "parameters", effective, "timeoutInSeconds",
                state.timeoutSeconds());
        run.record(HistoryEventType.TaskStarted, visit.scope(), "resourceType", target.resourceType(), "resource",
                target.resource());
        Duration taskTimeout = state.timeoutSeconds() == null ? null : Duration.ofSeconds(state.timeoutSeconds());
        Duration remaining = run.remaining();
        boolean taskLimitFirst = taskTimeout != null && (remaining == null || taskTimeout.compareTo(remaining) <= 0);
        Duration limit = taskLimitFirst ? taskTimeout : remaining;
        JsonNode response;
        try {
            JsonNode payload = target.payload().deepCopy();
            response = run.clock().call(() -> target.handler().handle(payload), limit);
        } catch (TimeoutException e) {
            if (!taskLimitFirst) {
                throw run.timedOut();
            }
            String cause = "The task did not finish within its TimeoutSeconds of " + state.timeoutSeconds();
            run.record(HistoryEventType.TaskTimedOut, visit.scope(), "resourceType", target.resourceType(),
                    "resource", target.resource(), "error", StatesErrors.TIMEOUT, "cause", cause);
            throw StatesError.of(StatesErrors.TIMEOUT, cause);
        } catch (InterruptedException e) {
            throw e;
        } catch (TaskFailedException e) {
            throw failed(target, visit, e.error(), e.cause());
        } catch (Exception e) {
            String name = run.settings().errorNames().apply(e);
            throw failed(target, visit, name == null || name.isBlank() ? e.getClass().getSimpleName() : name,
                    e.getMessage());
        }
        JsonNode result = response == null ? NullNode.getInstance() : response.deepCopy();
        if (target.invokeIntegration()) {
            result = invokeResponse(result, new UUID(run.settings().random().nextLong(),
                    run.settings().random().nextLong()));
        }
        run.record(HistoryEventType.TaskSucceeded, visit.scope(), "resourceType", target.resourceType(), "resource",
                target.resource(), "output", result);
        return result;
    }

    private Target target(String resource, JsonNode effective, StateVisit visit) throws StatesError {
        if (TaskResources.isLambdaInvoke(resource)) {
            JsonNode function = effective.get("FunctionName");
            if (function == null || !function.isTextual()) {
                throw StatesError.of(StatesErrors.RUNTIME, visit.errorPrefix()
                        + "lambda:invoke needs a string FunctionName, got " + function);
            }
            TaskHandler handler = run.settings().registry().find(function.textValue()).orElseThrow(
                    () -> StatesError.of("Lambda.ResourceNotFoundException", "Function not found: "
                            + function.textValue() + " (no handler is registered for it)"));
            JsonNode payload = effective.has("Payload") ? effective.get("Payload") : NullNode.getInstance();
            return new Target(handler, payload, "lambda", "invoke", true, true);
        }
        TaskHandler handler = run.settings().registry().find(resource).orElseThrow(
                () -> StatesError.of(StatesErrors.RUNTIME, visit.errorPrefix() + "No handler for " + resource));
        boolean lambda = TaskResources.isLambdaArn(resource);
        return new Target(handler, effective, lambda ? "lambda" : "local", resource, lambda, false);
    }

    private StatesError failed(Target target, StateVisit visit, String error, String message) {
        String cause = message;
        if (target.lambda()) {
            ObjectNode payload = Json.object();
            payload.put("errorMessage", message);
            payload.put("errorType", error);
            cause = Json.write(payload);
        }
        run.record(HistoryEventType.TaskFailed, visit.scope(), "resourceType", target.resourceType(), "resource",
                target.resource(), "error", error, "cause", cause);
        return StatesError.of(error, cause);
    }

    private static JsonNode invokeResponse(JsonNode payload, UUID requestId) {
        ObjectNode result = Json.object();
        result.put("ExecutedVersion", "$LATEST");
        result.set("Payload", payload);
        ObjectNode http = result.putObject("SdkHttpMetadata");
        http.putObject("HttpHeaders").put("Content-Type", "application/json");
        http.put("HttpStatusCode", 200);
        result.putObject("SdkResponseMetadata").put("RequestId", requestId.toString());
        result.put("StatusCode", 200);
        return result;
    }
}
