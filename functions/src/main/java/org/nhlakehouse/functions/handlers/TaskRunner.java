package org.nhlakehouse.functions.handlers;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.nhlakehouse.core.tasks.PipelineServices;
import org.nhlakehouse.core.tasks.PipelineTask;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs a task for a handler. A failing task's exception leaves the handler unchanged, checked or not: Lambda reports
 * its fully qualified class name as the error type, and that is the name the state machine's Retry and Catch match
 * (e.g. {@code org.nhlakehouse.core.tasks.RetryableSqlStepException}). Wrapping it would rename the error.
 */
@Singleton
public class TaskRunner {

    private static final Logger LOG = Logger.getLogger(TaskRunner.class);

    private final PipelineServices services;
    private volatile Map<String, PipelineTask> pipelineTasks;

    @Inject
    public TaskRunner(PipelineServices services) {
        this.services = services;
    }

    /** Runs one of the state machine's tasks by name ({@link PipelineTask#name()}). */
    public JsonNode run(String taskName, JsonNode input) {
        PipelineTask task = pipelineTasks().get(taskName);
        if (task == null) {
            throw new IllegalStateException("No pipeline task named " + taskName);
        }
        return run(task, input);
    }

    /** Runs a task, timing it in the function's log. */
    public static JsonNode run(PipelineTask task, JsonNode input) {
        long started = System.nanoTime();
        try {
            return task.apply(input);
        } catch (Exception e) {
            throw TaskRunner.<RuntimeException> rethrow(e);
        } finally {
            LOG.infof("%s took %d ms", task.name(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    private Map<String, PipelineTask> pipelineTasks() {
        if (pipelineTasks == null) {
            pipelineTasks = services.tasks().stream().collect(Collectors.toMap(PipelineTask::name, Function.identity()));
        }
        return pipelineTasks;
    }

    /** Throws a checked exception as it is (the compiler is told it is unchecked), keeping its class as error type. */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> E rethrow(Exception e) throws E {
        throw (E) e;
    }
}
