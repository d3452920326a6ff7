package org.nhlakehouse.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DefinitionInspectorTest {

    @Test
    void inspect_findsTasksInEveryNestingAndEveryPlaceholder() {
        DefinitionSummary summary = DefinitionInspector.inspect("""
                {"Comment": "built for ${Stage}", "StartAt": "A", "States": {
                  "A": {"Type": "Task", "Resource": "${LandFileFunctionArn}", "Next": "P"},
                  "P": {"Type": "Parallel", "Next": "M", "Branches": [
                    {"StartAt": "B", "States": {"B": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                      "Parameters": {"FunctionName": "${QualityFunctionArn}", "Payload.$": "$"}, "End": true}}}]},
                  "M": {"Type": "Map", "Next": "N", "Iterator": {"StartAt": "C", "States": {
                    "C": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                      "Parameters": {"FunctionName.$": "$.fn"}, "End": true}}}},
                  "N": {"Type": "Map", "End": true, "ItemProcessor": {"StartAt": "D", "States": {
                    "D": {"Type": "Task", "Resource": "${LandFileFunctionArn}", "End": true}}}}}}
                """);

        assertThat(summary.tasks()).extracting(DefinitionSummary.TaskReference::stateName)
                .containsExactly("A", "B", "C", "D");
        assertThat(summary.tasks().get(1).functionName()).isEqualTo("${QualityFunctionArn}");
        assertThat(summary.tasks().get(2).functionName()).as("dynamic FunctionName").isNull();
        assertThat(summary.targets()).containsExactly("${LandFileFunctionArn}", "${QualityFunctionArn}",
                "arn:aws:states:::lambda:invoke");
        assertThat(summary.substitutions()).containsExactly("LandFileFunctionArn", "QualityFunctionArn", "Stage");
    }

    @Test
    void inspect_worksOnDefinitionsTheExecutorWouldReject() {
        DefinitionSummary summary = DefinitionInspector.inspect("""
                {"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "${X}", "Credentials": {}}}}
                """);

        assertThat(summary.substitutions()).containsExactly("X");
        assertThatThrownBy(() -> DefinitionInspector.inspect("not json")).isInstanceOf(IllegalArgumentException.class);
    }
}
