package org.nhlakehouse.statemachine.task;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The code behind a Task resource: what a Lambda handler does, minus Lambda. It receives the task's effective input
 * (for {@code lambda:invoke}, the {@code Payload}) and returns its response.
 *
 * <p>
 * To fail with a chosen error name, throw {@link TaskFailedException}; any other exception fails the task with an
 * error name derived from its class (see {@code LocalExecutor.Builder#errorNames}), like Lambda's {@code errorType}.
 * A handler may be called from several threads at once (Parallel and Map branches, concurrent executions).
 */
@FunctionalInterface
public interface TaskHandler {

    JsonNode handle(JsonNode input) throws Exception;
}
