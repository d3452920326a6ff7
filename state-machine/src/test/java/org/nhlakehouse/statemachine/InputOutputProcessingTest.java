package org.nhlakehouse.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nhlakehouse.statemachine.Asl.json;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** InputPath, Parameters, ResultSelector, ResultPath and OutputPath as the spec's "Input and Output Processing". */
class InputOutputProcessingTest {

    private static final String ADD = "arn:aws:lambda:us-east-1:123456789012:function:Add";

    private final AtomicReference<JsonNode> received = new AtomicReference<>();
    private final Asl.Harness harness = Asl.harness().handler(ADD, input -> {
        received.set(input);
        return json(String.valueOf(input.get("val1").asInt() + input.get("val2").asInt()));
    });

    private Execution runTask(String fields, String input) {
        return harness.run("""
                {"StartAt": "Add", "States": {"Add": {"Type": "Task", "Resource": "%s", %s "End": true}}}
                """.formatted(ADD, fields.isEmpty() ? "" : fields + ","), input);
    }

    @Test
    void defaults_passTheRawInputAndReplaceItWithTheResult() {
        Execution execution = runTask("", "{'val1': 3, 'val2': 4}");

        assertThat(execution.status()).isEqualTo(ExecutionStatus.SUCCEEDED);
        assertThat(execution.output()).isEqualTo(json("7"));
    }

    @Test
    void inputPathAndResultPath_combineTheResultWithTheRawInput() {
        // The spec's example: InputPath "$.numbers", ResultPath "$.sum".
        Execution execution = runTask("\"InputPath\": \"$.numbers\", \"ResultPath\": \"$.sum\"",
                "{'title': 'Numbers to add', 'numbers': {'val1': 3, 'val2': 4}}");

        assertThat(received.get()).isEqualTo(json("{'val1': 3, 'val2': 4}"));
        assertThat(execution.output())
                .isEqualTo(json("{'title': 'Numbers to add', 'numbers': {'val1': 3, 'val2': 4}, 'sum': 7}"));
    }

    @Test
    void resultPath_createsIntermediateFieldsAndOverwritesExistingOnes() {
        assertThat(runTask("\"ResultPath\": \"$.a.b.sum\"", "{'val1': 1, 'val2': 2, 'a': {'x': 1}}").output())
                .isEqualTo(json("{'val1': 1, 'val2': 2, 'a': {'x': 1, 'b': {'sum': 3}}}"));
        assertThat(runTask("\"ResultPath\": \"$.val1\"", "{'val1': 1, 'val2': 2}").output())
                .isEqualTo(json("{'val1': 3, 'val2': 2}"));
    }

    @Test
    void resultPathNull_discardsTheResult() {
        Execution execution = runTask("\"ResultPath\": null", "{'val1': 1, 'val2': 2}");

        assertThat(received.get()).isNotNull();
        assertThat(execution.output()).isEqualTo(json("{'val1': 1, 'val2': 2}"));
    }

    @Test
    void inputPathNull_givesAnEmptyObject_andOutputPathNull_outputsAnEmptyObject() {
        Execution execution = harness.run("""
                {"StartAt": "A", "States": {
                  "A": {"Type": "Pass", "InputPath": null, "ResultPath": "$.seen", "Next": "B"},
                  "B": {"Type": "Pass", "OutputPath": null, "End": true}}}
                """, "{'keep': 1}");

        assertThat(execution.history().ofType(org.nhlakehouse.statemachine.history.HistoryEventType.PassStateExited)
                .get(0).detail("output")).isEqualTo("{\"keep\":1,\"seen\":{}}");
        assertThat(execution.output()).isEqualTo(json("{}"));
    }

    @Test
    void outputPath_selectsPartOfTheCombinedOutput() {
        assertThat(runTask("\"ResultPath\": \"$.sum\", \"OutputPath\": \"$.sum\"", "{'val1': 2, 'val2': 2}").output())
                .isEqualTo(json("4"));
    }

    @Test
    void parameters_buildTheEffectiveInputFromPathsContextAndLiterals() {
        Execution execution = runTask("""
                "InputPath": "$.payload",
                "Parameters": {"val1.$": "$.a", "val2": 10, "nested": {"from.$": "$.b[1]", "list": [{"x.$": "$.a"}]},
                               "execution.$": "$$.Execution.Name"}
                """, "{'payload': {'a': 5, 'b': ['p', 'q']}}");

        assertThat(received.get()).isEqualTo(json("""
                {'val1': 5, 'val2': 10, 'nested': {'from': 'q', 'list': [{'x': 5}]}, 'execution': 'test-execution'}
                """));
        assertThat(execution.output()).isEqualTo(json("15"));
    }

    @Test
    void resultSelector_reshapesTheResultBeforeResultPath() {
        Harness lookup = new Harness();
        Execution execution = lookup.harness.run("""
                {"StartAt": "Lookup", "States": {"Lookup": {"Type": "Task", "Resource": "lookup",
                  "ResultSelector": {"id.$": "$.item.id", "count.$": "States.ArrayLength($.item.tags)", "fixed": true},
                  "ResultPath": "$.found", "End": true}}}
                """, "{'query': 'q'}");

        assertThat(execution.output())
                .isEqualTo(json("{'query': 'q', 'found': {'id': 'i-1', 'count': 2, 'fixed': true}}"));
    }

    @Test
    void indefiniteInputPath_gathersTheMatchesIntoAnArray() {
        Execution execution = harness.run("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "InputPath": "$.items[*].id", "End": true}}}
                """, "{'items': [{'id': 1}, {'id': 2}]}");

        assertThat(execution.output()).isEqualTo(json("[1, 2]"));
    }

    @Test
    void pass_placesResultOrEffectiveInputByResultPath() {
        // The spec's Pass example.
        assertThat(harness.run("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass",
                  "Result": {"x-datum": 0.381018, "y-datum": 622.2269926397355}, "ResultPath": "$.coords", "End": true}}}
                """, "{'georefOf': 'Home'}").output())
                .isEqualTo(json("{'georefOf': 'Home', 'coords': {'x-datum': 0.381018, 'y-datum': 622.2269926397355}}"));
        assertThat(harness.run("""
                {"StartAt": "P", "States": {"P": {"Type": "Pass", "Parameters": {"copy.$": "$.a"},
                  "ResultPath": "$.params", "End": true}}}
                """, "{'a': 1}").output()).isEqualTo(json("{'a': 1, 'params': {'copy': 1}}"));
    }

    @Test
    void succeed_appliesInputPathAndOutputPath() {
        assertThat(harness.run("""
                {"StartAt": "S", "States": {"S": {"Type": "Succeed", "InputPath": "$.a", "OutputPath": "$.b"}}}
                """, "{'a': {'b': 'kept'}}").output()).isEqualTo(json("'kept'"));
    }

    /** A second harness whose task returns a fixed document. */
    private static final class Harness {
        final Asl.Harness harness = Asl.harness().handler("lookup",
                input -> json("{'item': {'id': 'i-1', 'tags': ['a', 'b']}, 'noise': 1}"));
    }
}
