package org.nhlakehouse.statemachine.parse;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Which fields each state type may have in the local executor, and which States Language fields exist but are
 * deliberately not supported (those are reported as "not supported by the local executor" rather than as invalid).
 */
final class FieldRules {

    static final Set<String> TOP_LEVEL = Set.of("Comment", "StartAt", "States", "TimeoutSeconds", "Version",
            "QueryLanguage");
    static final Set<String> BRANCH = Set.of("Comment", "StartAt", "States");
    static final Set<String> ITEM_PROCESSOR = Set.of("Comment", "StartAt", "States", "ProcessorConfig");
    static final Set<String> RETRIER = Set.of("ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate",
            "MaxDelaySeconds", "JitterStrategy", "Comment");
    static final Set<String> CATCHER = Set.of("ErrorEquals", "Next", "ResultPath", "Comment");

    /** ASL fields (JSONata, variables, distributed Map, heartbeats, credentials...) this executor rejects. */
    static final Set<String> UNSUPPORTED = Set.of("Assign", "Output", "Arguments", "Credentials", "HeartbeatSeconds",
            "HeartbeatSecondsPath", "TimeoutSecondsPath", "ItemReader", "ItemBatcher", "ResultWriter",
            "MaxConcurrencyPath", "ToleratedFailurePercentage", "ToleratedFailurePercentagePath",
            "ToleratedFailureCount", "ToleratedFailureCountPath", "Label", "Items", "Condition", "ExecutionType");

    private static final Map<String, Set<String>> STATE_FIELDS = Map.of(
            "Task", Set.of("Type", "Comment", "QueryLanguage", "Resource", "Next", "End", "InputPath", "Parameters",
                    "ResultSelector", "ResultPath", "OutputPath", "Retry", "Catch", "TimeoutSeconds"),
            "Pass", Set.of("Type", "Comment", "QueryLanguage", "Next", "End", "InputPath", "Parameters", "Result",
                    "ResultPath", "OutputPath"),
            "Choice", Set.of("Type", "Comment", "QueryLanguage", "Choices", "Default", "InputPath", "OutputPath"),
            "Wait", Set.of("Type", "Comment", "QueryLanguage", "Next", "End", "InputPath", "OutputPath", "Seconds",
                    "SecondsPath", "Timestamp", "TimestampPath"),
            "Succeed", Set.of("Type", "Comment", "QueryLanguage", "InputPath", "OutputPath"),
            "Fail", Set.of("Type", "Comment", "QueryLanguage", "Error", "ErrorPath", "Cause", "CausePath"),
            "Parallel", Set.of("Type", "Comment", "QueryLanguage", "Branches", "Next", "End", "InputPath",
                    "Parameters", "ResultSelector", "ResultPath", "OutputPath", "Retry", "Catch"),
            "Map", Set.of("Type", "Comment", "QueryLanguage", "Next", "End", "InputPath", "ItemsPath", "ItemSelector",
                    "Parameters", "ItemProcessor", "Iterator", "MaxConcurrency", "ResultSelector", "ResultPath",
                    "OutputPath", "Retry", "Catch"));

    private FieldRules() {
    }

    static boolean isStateType(String type) {
        return STATE_FIELDS.containsKey(type);
    }

    static Set<String> stateFields(String type) {
        return STATE_FIELDS.get(type);
    }

    /**
     * Reports every field of {@code node} outside {@code allowed}: unsupported ASL features by name, anything else as
     * invalid for {@code what}. A {@code QueryLanguage} other than JSONPath is reported too.
     */
    static void check(JsonNode node, String where, String what, Set<String> allowed, Problems problems) {
        for (String field : (Iterable<String>) node::fieldNames) {
            if (field.equals("QueryLanguage") && allowed.contains(field)) {
                JsonNode value = node.get(field);
                if (!value.isTextual() || !value.textValue().equals("JSONPath")) {
                    problems.error(where, "field 'QueryLanguage' value " + value
                            + " is not supported by the local executor (JSONPath only)");
                }
            } else if (UNSUPPORTED.contains(field)) {
                problems.error(where, "field '" + field + "' is not supported by the local executor");
            } else if (!allowed.contains(field)) {
                problems.error(where, "field '" + field + "' is not valid in " + what);
            }
        }
    }
}
