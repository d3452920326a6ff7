package org.nhlakehouse.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StateMachineValidationTest {

    private static List<String> problems(String definition) {
        try {
            Asl.machine(definition);
        } catch (DefinitionException e) {
            return e.problems();
        }
        throw new AssertionError("expected the definition to be rejected");
    }

    @Test
    void load_acceptsMinimalDefinition_andExposesItsShape() {
        StateMachine machine = StateMachine.load("Minimal", """
                {"Comment": "c", "Version": "1.0", "TimeoutSeconds": 30, "QueryLanguage": "JSONPath",
                 "StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}
                """, Map.of());

        assertThat(machine.name()).isEqualTo("Minimal");
        assertThat(machine.timeoutSeconds()).contains(30);
        assertThat(machine.graph().startAt()).isEqualTo("A");
        assertThat(machine.warnings()).isEmpty();
    }

    @Test
    void load_rejectsInvalidJson_withLineAndColumn() {
        assertThat(problems("{\"StartAt\": "))
                .singleElement().asString().startsWith("Definition: not valid JSON").contains("line 1");
    }

    @Test
    void load_rejectsDuplicateStateNamesInOneStatesObject() {
        assertThat(problems("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}, "A": {"Type": "Succeed"}}}
                """)).singleElement().asString().contains("Duplicate field 'A'");
    }

    @Test
    void load_rejectsStartAtThatNamesNoState() {
        assertThat(problems("""
                {"StartAt": "Missing", "States": {"A": {"Type": "Pass", "End": true}}}
                """)).contains("Definition: StartAt 'Missing' does not name a state of its 'States' object");
    }

    @Test
    void load_rejectsNextThatNamesNoState() {
        assertThat(problems("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}}}
                """)).contains("State 'A': field 'Next' names 'B', which is not a state of the same 'States' object");
    }

    @Test
    void load_rejectsCatchAndDefaultTargetsThatNameNoState() {
        assertThat(problems("""
                {"StartAt": "T", "States": {
                  "T": {"Type": "Task", "Resource": "r", "Next": "C",
                        "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "Nowhere"}]},
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.x", "IsPresent": true, "Next": "T"}],
                        "Default": "Gone"}}}
                """)).contains(
                "State 'T': field 'Catch[0].Next' names 'Nowhere', which is not a state of the same 'States' object",
                "State 'C': field 'Default' names 'Gone', which is not a state of the same 'States' object");
    }

    @Test
    void load_rejectsTransitionIntoAnotherBranch() {
        assertThat(problems("""
                {"StartAt": "P", "States": {
                  "P": {"Type": "Parallel", "End": true, "Branches": [
                    {"StartAt": "B1", "States": {"B1": {"Type": "Pass", "Next": "B2"}}},
                    {"StartAt": "B2", "States": {"B2": {"Type": "Pass", "End": true}}}]}}}
                """)).contains("State 'B1': field 'Next' names 'B2', which is not a state of the same 'States' object");
    }

    @Test
    void load_rejectsUnreachableStates() {
        assertThat(problems("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true},
                                            "Orphan": {"Type": "Pass", "End": true}}}
                """)).containsExactly("State 'Orphan': is not reachable from StartAt 'A'");
    }

    @Test
    void load_requiresExactlyOneOfNextAndEnd() {
        assertThat(problems("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass"}}}
                """)).contains("State 'A': must have a 'Next' field or \"End\": true");
        assertThat(problems("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "A", "End": true}}}
                """)).contains("State 'A': has both 'Next' and \"End\": true; it must have exactly one");
    }

    @Test
    void load_rejectsEndOnChoiceAndNextOnSucceed() {
        assertThat(problems("""
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "End": true, "Choices": [{"Variable": "$.a", "IsNull": true, "Next": "S"}]},
                  "S": {"Type": "Succeed", "Next": "C"}}}
                """)).contains("State 'C': field 'End' is not valid in a Choice state",
                "State 'S': field 'Next' is not valid in a Succeed state");
    }

    @Test
    void load_rejectsUnsupportedFields_namingStateAndField() {
        assertThat(problems("""
                {"StartAt": "Poll status", "States": {
                  "Poll status": {"Type": "Task", "Resource": "r", "Credentials": {"RoleArn": "x"},
                                  "HeartbeatSeconds": 10, "Assign": {"a": 1}, "End": true}}}
                """)).containsExactlyInAnyOrder(
                "State 'Poll status': field 'Credentials' is not supported by the local executor",
                "State 'Poll status': field 'HeartbeatSeconds' is not supported by the local executor",
                "State 'Poll status': field 'Assign' is not supported by the local executor");
    }

    @Test
    void load_rejectsJsonataAndDistributedMap() {
        assertThat(problems("""
                {"QueryLanguage": "JSONata", "StartAt": "M", "States": {
                  "M": {"Type": "Map", "End": true, "ItemReader": {"Resource": "arn:aws:states:::s3:getObject"},
                        "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED"}, "StartAt": "I",
                                          "States": {"I": {"Type": "Succeed"}}}}}}
                """)).contains(
                "Definition: field 'QueryLanguage' value \"JSONata\" is not supported by the local executor (JSONPath only)",
                "State 'M': field 'ItemReader' is not supported by the local executor",
                "State 'M' ItemProcessor: ProcessorConfig Mode \"DISTRIBUTED\" is not supported by the local executor (inline Map only)");
    }

    @Test
    void load_rejectsFieldsThatAreNotAsl() {
        assertThat(problems("""
                {"StartAt": "A", "Bogus": 1, "States": {"A": {"Type": "Pass", "Reslt": 1, "End": true}}}
                """)).containsExactlyInAnyOrder(
                "Definition: field 'Bogus' is not valid in the top level of a state machine",
                "State 'A': field 'Reslt' is not valid in a Pass state");
    }

    @Test
    void load_rejectsUnknownStateType() {
        assertThat(problems("""
                {"StartAt": "A", "States": {"A": {"Type": "Sleep", "End": true}}}
                """)).containsExactly("State 'A': field 'Type' value 'Sleep' is not a state type");
    }

    @Test
    void load_rejectsStatesAllThatIsNotAloneOrNotLast() {
        assertThat(problems("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "r", "End": true,
                  "Retry": [{"ErrorEquals": ["States.ALL", "Boom"]}],
                  "Catch": [{"ErrorEquals": ["States.ALL"], "Next": "F"}, {"ErrorEquals": ["Boom"], "Next": "F"}]},
                  "F": {"Type": "Fail"}}}
                """)).containsExactlyInAnyOrder(
                "State 'T' Retry[0]: 'States.ALL' must appear alone in 'ErrorEquals'",
                "State 'T' Catch[0]: 'States.ALL' may only appear in the last element of the array");
    }

    @Test
    void load_rejectsInvalidRetrierValues() {
        assertThat(problems("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "r", "End": true,
                  "Retry": [{"ErrorEquals": [], "IntervalSeconds": 0, "MaxAttempts": -1, "BackoffRate": 0.5,
                             "MaxDelaySeconds": 0, "JitterStrategy": "HALF"},
                            {"ErrorEquals": ["States.Unknown"]}]}}}
                """)).containsExactlyInAnyOrder(
                "State 'T' Retry[0]: field 'ErrorEquals' must be a non-empty array of error names",
                "State 'T' Retry[0]: field 'IntervalSeconds' must be an integer between 1 and 99999999, not 0",
                "State 'T' Retry[0]: field 'MaxAttempts' must be an integer between 0 and 99999999, not -1",
                "State 'T' Retry[0]: field 'MaxDelaySeconds' must be an integer between 1 and 99999999, not 0",
                "State 'T' Retry[0]: field 'BackoffRate' must be a number of at least 1.0, not 0.5",
                "State 'T' Retry[0]: field 'JitterStrategy' must be FULL or NONE, not 'HALF'",
                "State 'T' Retry[1]: 'States.Unknown' is not a predefined error name (names starting with 'States.' are reserved)");
    }

    @Test
    void load_warnsAboutErrorNamesThatCanNeverMatch() {
        StateMachine machine = Asl.machine("""
                {"StartAt": "T", "States": {"T": {"Type": "Task", "Resource": "r", "End": true,
                  "Catch": [{"ErrorEquals": ["States.Runtime", "States.BranchFailed"], "Next": "F"}]},
                  "F": {"Type": "Fail"}}}
                """);

        assertThat(machine.warnings()).hasSize(2).anySatisfy(w -> assertThat(w).contains("'States.Runtime' can never"))
                .anySatisfy(w -> assertThat(w).contains("'States.BranchFailed' is never raised"));
    }

    @Test
    void load_requiresUniqueStateNamesAcrossBranches() {
        assertThat(problems("""
                {"StartAt": "P", "States": {"P": {"Type": "Parallel", "Next": "X", "Branches": [
                  {"StartAt": "X", "States": {"X": {"Type": "Succeed"}}}]}, "X": {"Type": "Succeed"}}}
                """)).anySatisfy(p -> assertThat(p).startsWith("State 'X': the name is used more than once"));
    }

    @Test
    void load_checksWaitFailAndMapFieldCombinations() {
        assertThat(problems("""
                {"StartAt": "W", "States": {
                  "W": {"Type": "Wait", "Seconds": 1, "Timestamp": "2024-01-01T00:00:00Z", "Next": "W2"},
                  "W2": {"Type": "Wait", "Timestamp": "2024-01-01 00:00:00", "Next": "M"},
                  "M": {"Type": "Map", "Next": "F", "ItemSelector": {}, "Parameters": {}, "MaxConcurrency": -1,
                        "Iterator": {"StartAt": "I", "States": {"I": {"Type": "Succeed"}}}},
                  "F": {"Type": "Fail", "Error": "E", "ErrorPath": "$.e"}}}
                """)).contains(
                "State 'W': needs exactly one of Seconds, SecondsPath, Timestamp, TimestampPath; found [Seconds, Timestamp]",
                "State 'W2': field 'Timestamp' value '2024-01-01 00:00:00' is not an RFC 3339 timestamp such as 2016-03-14T01:59:00Z",
                "State 'M': must not have both 'ItemSelector' and its deprecated form 'Parameters'",
                "State 'M': field 'MaxConcurrency' must be an integer between 0 and 99999999, not -1",
                "State 'F': must not have both 'Error' and 'ErrorPath'");
    }

    @Test
    void load_checksPathsTemplatesAndIntrinsicFunctions() {
        assertThat(problems("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B", "InputPath": "foo",
                   "ResultPath": "$.items[*]", "Parameters": {"a.$": 5, "b.$": "States.Nope($.x)",
                   "c.$": "States.Format('{}')", "d.$": "$.x", "d": 1}},
                  "B": {"Type": "Task", "Resource": "r", "ResultPath": "$$.Execution.Name", "End": true}}}
                """)).containsExactlyInAnyOrder(
                "State 'A': field 'InputPath': 'foo' is not a JSONPath: it must start with '$'",
                "State 'A': field 'ResultPath': '$.items[*]' is not a reference path: it must name a single node (no wildcards, filters, slices or functions)",
                "State 'A': field 'Parameters': field 'a.$' ends in '.$' so its value must be a string holding a path or an intrinsic function",
                "State 'B': field 'ResultPath' must not write into the context object ('$$')");
        assertThat(problems("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true,
                   "Parameters": {"b.$": "States.Nope($.x)"}}}}
                """)).singleElement().asString().contains("'States.Nope' is not an intrinsic function");
        assertThat(problems("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "End": true,
                   "Parameters": {"d.$": "$.x", "d": 1}}}}
                """)).singleElement().asString().contains("field 'd' duplicates 'd'");
    }

    @Test
    void load_checksChoiceRules() {
        assertThat(problems("""
                {"StartAt": "C", "States": {"C": {"Type": "Choice", "Default": "S", "Choices": [
                   {"Variable": "$.a", "NumericEquals": "1", "Next": "S"},
                   {"Variable": "$.a", "StringEquals": "x", "IsNull": true, "Next": "S"},
                   {"Not": {"Variable": "$.a", "IsPresent": true, "Next": "S"}, "Next": "S"},
                   {"And": [], "Next": "S"},
                   {"Variable": "$.a", "StringMatches": "a\\\\b", "Next": "S"},
                   {"Variable": "$.a", "TimestampEquals": "yesterday", "Next": "S"},
                   {"Variable": "$.a", "NumericEqualz": 1, "Next": "S"},
                   {"StringEquals": "x", "Next": "S"},
                   {"Condition": "{% true %}", "Next": "S"}]},
                  "S": {"Type": "Succeed"}}}
                """)).containsExactlyInAnyOrder(
                "State 'C' Choices[0]: 'NumericEquals' needs a number, not \"1\"",
                "State 'C' Choices[1]: a data-test rule needs exactly one comparison operator, found [StringEquals, IsNull]",
                "State 'C' Choices[2] Not: a nested Choice Rule must not have 'Next'",
                "State 'C' Choices[3]: 'And' must be a non-empty array of Choice Rules",
                "State 'C' Choices[4]: 'StringMatches' needs a string pattern (only \\* and \\\\ may be escaped), not \"a\\\\b\"",
                "State 'C' Choices[5]: 'TimestampEquals' needs an RFC 3339 timestamp string such as 2016-03-14T01:59:00Z, not \"yesterday\"",
                "State 'C' Choices[6]: 'NumericEqualz' is not a comparison operator",
                "State 'C' Choices[7]: a data-test rule needs 'Variable' (or use And/Or/Not)",
                "State 'C' Choices[8]: field 'Condition' is not supported by the local executor",
                "State 'C' Choices[8]: a data-test rule needs 'Variable' (or use And/Or/Not)");
    }

    @Test
    void load_checksLambdaInvokeParameters() {
        assertThat(problems("""
                {"StartAt": "A", "States": {
                  "A": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "B",
                        "Parameters": {"Payload.$": "$"}},
                  "B": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "C",
                        "Parameters": {"FunctionName": "f", "InvocationType": "Event"}},
                  "C": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke.waitForTaskToken", "End": true,
                        "Parameters": {"FunctionName": "f"}}}}
                """)).containsExactlyInAnyOrder(
                "State 'A': arn:aws:states:::lambda:invoke needs 'Parameters' with 'FunctionName'",
                "State 'B': field 'Parameters.InvocationType' of arn:aws:states:::lambda:invoke is not supported by the local executor (FunctionName and Payload only)",
                "State 'C': Resource 'arn:aws:states:::lambda:invoke.waitForTaskToken' is not supported by the local executor (only request-response arn:aws:states:::lambda:invoke)");
    }

    @Test
    void load_reportsEveryProblemInOneException() {
        assertThatThrownBy(() -> Asl.machine("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Nope", "Credentials": {}},
                                            "B": {"Type": "Wait", "End": true}}}
                """)).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("State 'A': field 'Credentials' is not supported by the local executor")
                .hasMessageContaining("State 'A': field 'Next' names 'Nope'")
                .hasMessageContaining("State 'B': needs exactly one of Seconds");
    }

    @Test
    void taskStates_includesTasksNestedInParallelAndMap() {
        StateMachine machine = Asl.machine("""
                {"StartAt": "P", "States": {
                  "P": {"Type": "Parallel", "Next": "M", "Branches": [
                    {"StartAt": "T1", "States": {"T1": {"Type": "Task", "Resource": "r1", "End": true}}}]},
                  "M": {"Type": "Map", "End": true, "ItemProcessor": {"StartAt": "T2",
                    "States": {"T2": {"Type": "Task", "Resource": "r2", "End": true}}}}}}
                """);

        assertThat(machine.taskStates()).extracting(t -> t.name()).containsExactly("T1", "T2");
    }
}
