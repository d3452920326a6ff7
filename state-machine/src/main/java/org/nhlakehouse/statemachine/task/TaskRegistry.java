package org.nhlakehouse.statemachine.task;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nhlakehouse.statemachine.model.TaskResources;

/**
 * Maps Task resources to handlers. Keys are what the definition names after substitution: a Lambda function ARN
 * (used directly as {@code Resource}, or as {@code FunctionName} of {@code arn:aws:states:::lambda:invoke}), or any
 * other resource string. A function ARN with a version or alias qualifier falls back to the unqualified ARN.
 */
public final class TaskRegistry {

    private final Map<String, TaskHandler> handlers;

    private TaskRegistry(Map<String, TaskHandler> handlers) {
        this.handlers = Collections.unmodifiableMap(new LinkedHashMap<>(handlers));
    }

    public static Builder builder() {
        return new Builder();
    }

    public static TaskRegistry of(Map<String, TaskHandler> handlers) {
        Builder builder = builder();
        handlers.forEach(builder::register);
        return builder.build();
    }

    /** The handler for a resource or function, exact first, then without a version/alias qualifier. */
    public Optional<TaskHandler> find(String resourceOrFunction) {
        TaskHandler handler = handlers.get(resourceOrFunction);
        if (handler == null) {
            handler = handlers.get(TaskResources.withoutQualifier(resourceOrFunction));
        }
        return Optional.ofNullable(handler);
    }

    public Set<String> keys() {
        return handlers.keySet();
    }

    /** Collects resource → handler registrations; a resource may be registered once. */
    public static final class Builder {

        private final Map<String, TaskHandler> handlers = new LinkedHashMap<>();

        private Builder() {
        }

        public Builder register(String resource, TaskHandler handler) {
            if (resource == null || resource.isBlank() || handler == null) {
                throw new IllegalArgumentException("A registration needs a resource and a handler");
            }
            if (handlers.putIfAbsent(resource, handler) != null) {
                throw new IllegalArgumentException("Resource '" + resource + "' is already registered");
            }
            return this;
        }

        public TaskRegistry build() {
            return new TaskRegistry(handlers);
        }
    }
}
