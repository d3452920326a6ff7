package org.nhlakehouse.statemachine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Choice rules against the spec's "Choice State" semantics. */
class ChoiceStateTest {

    private static final String INPUT = """
            {'s': 'beta', 'n': 10, 'f': 2.5, 'b': true, 't': '2024-03-14T01:59:00Z', 'z': null,
             'other': {'s': 'beta', 'n': 10.0, 'b': true, 't': '2024-03-14T02:59:00+01:00', 'low': 'alpha'},
             'file': 'foo23.log', 'star': 'a*b', 'notTime': '2024-03-14 01:59'}
            """;

    private final Asl.Harness harness = Asl.harness();

    /** Runs a one-rule Choice and reports whether the rule matched. */
    private boolean matches(String rule) {
        Execution execution = harness.run("""
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [%s], "Default": "No"},
                  "Yes": {"Type": "Pass", "Result": "yes", "End": true},
                  "No": {"Type": "Pass", "Result": "no", "End": true}}}
                """.formatted(withNext(rule)), INPUT);
        assertThat(execution.status()).as(execution.report()).isEqualTo(ExecutionStatus.SUCCEEDED);
        return execution.output().asText().equals("yes");
    }

    private static String withNext(String rule) {
        String trimmed = rule.strip();
        return trimmed.substring(0, trimmed.length() - 1) + ", \"Next\": \"Yes\"}";
    }

    static Stream<Arguments> dataTests() {
        return Stream.of(
                Arguments.of("{\"Variable\": \"$.s\", \"StringEquals\": \"beta\"}", true),
                Arguments.of("{\"Variable\": \"$.s\", \"StringEquals\": \"Beta\"}", false),
                Arguments.of("{\"Variable\": \"$.s\", \"StringEqualsPath\": \"$.other.s\"}", true),
                Arguments.of("{\"Variable\": \"$.s\", \"StringLessThan\": \"gamma\"}", true),
                Arguments.of("{\"Variable\": \"$.s\", \"StringGreaterThan\": \"gamma\"}", false),
                Arguments.of("{\"Variable\": \"$.s\", \"StringLessThanEquals\": \"beta\"}", true),
                Arguments.of("{\"Variable\": \"$.s\", \"StringGreaterThanEquals\": \"beta\"}", true),
                Arguments.of("{\"Variable\": \"$.s\", \"StringGreaterThanPath\": \"$.other.low\"}", true),
                Arguments.of("{\"Variable\": \"$.file\", \"StringMatches\": \"foo*.log\"}", true),
                Arguments.of("{\"Variable\": \"$.file\", \"StringMatches\": \"*.txt\"}", false),
                Arguments.of("{\"Variable\": \"$.star\", \"StringMatches\": \"a\\\\*b\"}", true),
                Arguments.of("{\"Variable\": \"$.file\", \"StringMatches\": \"foo\\\\*.log\"}", false),
                Arguments.of("{\"Variable\": \"$.n\", \"NumericEquals\": 10}", true),
                Arguments.of("{\"Variable\": \"$.n\", \"NumericEqualsPath\": \"$.other.n\"}", true),
                Arguments.of("{\"Variable\": \"$.n\", \"NumericLessThan\": 10}", false),
                Arguments.of("{\"Variable\": \"$.f\", \"NumericLessThan\": 3}", true),
                Arguments.of("{\"Variable\": \"$.n\", \"NumericGreaterThan\": 9.5}", true),
                Arguments.of("{\"Variable\": \"$.n\", \"NumericLessThanEquals\": 10}", true),
                Arguments.of("{\"Variable\": \"$.n\", \"NumericGreaterThanEquals\": 11}", false),
                Arguments.of("{\"Variable\": \"$.n\", \"NumericGreaterThanEqualsPath\": \"$.other.n\"}", true),
                Arguments.of("{\"Variable\": \"$.b\", \"BooleanEquals\": true}", true),
                Arguments.of("{\"Variable\": \"$.b\", \"BooleanEqualsPath\": \"$.other.b\"}", true),
                Arguments.of("{\"Variable\": \"$.t\", \"TimestampEquals\": \"2024-03-14T01:59:00Z\"}", true),
                // Same instant written with an offset.
                Arguments.of("{\"Variable\": \"$.t\", \"TimestampEqualsPath\": \"$.other.t\"}", true),
                Arguments.of("{\"Variable\": \"$.t\", \"TimestampLessThan\": \"2024-03-14T02:00:00Z\"}", true),
                Arguments.of("{\"Variable\": \"$.t\", \"TimestampGreaterThan\": \"2024-03-14T02:00:00Z\"}", false),
                Arguments.of("{\"Variable\": \"$.t\", \"TimestampLessThanEquals\": \"2024-03-14T01:59:00Z\"}", true),
                Arguments.of("{\"Variable\": \"$.t\", \"TimestampGreaterThanEquals\": \"2025-01-01T00:00:00Z\"}",
                        false),
                Arguments.of("{\"Variable\": \"$.z\", \"IsNull\": true}", true),
                Arguments.of("{\"Variable\": \"$.s\", \"IsNull\": false}", true),
                Arguments.of("{\"Variable\": \"$.s\", \"IsPresent\": true}", true),
                Arguments.of("{\"Variable\": \"$.missing\", \"IsPresent\": true}", false),
                Arguments.of("{\"Variable\": \"$.missing\", \"IsPresent\": false}", true),
                Arguments.of("{\"Variable\": \"$.z\", \"IsPresent\": true}", true),
                Arguments.of("{\"Variable\": \"$.f\", \"IsNumeric\": true}", true),
                Arguments.of("{\"Variable\": \"$.s\", \"IsNumeric\": true}", false),
                Arguments.of("{\"Variable\": \"$.s\", \"IsString\": true}", true),
                Arguments.of("{\"Variable\": \"$.b\", \"IsBoolean\": true}", true),
                Arguments.of("{\"Variable\": \"$.n\", \"IsBoolean\": false}", true),
                Arguments.of("{\"Variable\": \"$.t\", \"IsTimestamp\": true}", true),
                Arguments.of("{\"Variable\": \"$.notTime\", \"IsTimestamp\": true}", false),
                Arguments.of("{\"Variable\": \"$$.Execution.Name\", \"StringEquals\": \"test-execution\"}", true));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("dataTests")
    void dataTest_matchesAsTheSpecSays(String rule, boolean expected) {
        assertThat(matches(rule)).isEqualTo(expected);
    }

    static Stream<Arguments> typeMismatches() {
        return Stream.of(
                Arguments.of("{\"Variable\": \"$.n\", \"StringEquals\": \"10\"}"),
                Arguments.of("{\"Variable\": \"$.s\", \"NumericEquals\": 10}"),
                Arguments.of("{\"Variable\": \"$.s\", \"BooleanEquals\": true}"),
                Arguments.of("{\"Variable\": \"$.notTime\", \"TimestampLessThan\": \"2030-01-01T00:00:00Z\"}"),
                Arguments.of("{\"Variable\": \"$.z\", \"NumericLessThan\": 1}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typeMismatches")
    void comparisonOfDifferentTypes_isFalse(String rule) {
        assertThat(matches(rule)).isFalse();
    }

    @Test
    void booleanExpressions_combineRules() {
        assertThat(matches("""
                {"And": [{"Variable": "$.n", "IsNumeric": true}, {"Variable": "$.n", "NumericGreaterThanEquals": 5},
                         {"Variable": "$.n", "NumericLessThan": 20}]}""")).isTrue();
        assertThat(matches("""
                {"Or": [{"Variable": "$.s", "StringEquals": "x"}, {"Variable": "$.s", "StringEquals": "beta"}]}"""))
                .isTrue();
        assertThat(matches("{\"Not\": {\"Variable\": \"$.s\", \"StringEquals\": \"beta\"}}")).isFalse();
        assertThat(matches("""
                {"Not": {"Or": [{"Variable": "$.b", "BooleanEquals": false}, {"Variable": "$.z", "IsNull": false}]}}"""))
                .isTrue();
    }

    @Test
    void andStopsAtTheFirstFalseRule_soLaterMissingVariablesDoNotFail() {
        assertThat(matches("""
                {"And": [{"Variable": "$.missing", "IsPresent": true}, {"Variable": "$.missing", "StringEquals": "x"}]}"""))
                .isFalse();
    }

    @Test
    void firstMatchingRuleWins_andInputPathOutputPathApply() {
        Execution execution = harness.run("""
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "InputPath": "$.other", "OutputPath": "$.s", "Choices": [
                     {"Variable": "$.n", "NumericEquals": 10, "Next": "First"},
                     {"Variable": "$.n", "NumericEquals": 10, "Next": "Second"}]},
                  "First": {"Type": "Pass", "ResultPath": "$", "Result": "first", "End": true},
                  "Second": {"Type": "Pass", "Result": "second", "End": true}}}
                """, INPUT);

        assertThat(execution.output().asText()).isEqualTo("first");
        assertThat(execution.history().events()).anySatisfy(e -> {
            assertThat(e.type().name()).isEqualTo("ChoiceStateExited");
            assertThat(e.detail("output")).isEqualTo("\"beta\"");
        });
    }

    @Test
    void noMatchAndNoDefault_failsTheExecution() {
        Execution execution = harness.run("""
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Choices": [{"Variable": "$.n", "NumericEquals": 1, "Next": "S"}]},
                  "S": {"Type": "Succeed"}}}
                """, INPUT);

        assertThat(execution.status()).isEqualTo(ExecutionStatus.FAILED);
        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).contains("No Choice Rule matched and there is no Default");
    }

    @Test
    void variableThatSelectsNothing_failsTheExecution() {
        Execution execution = harness.run("""
                {"StartAt": "C", "States": {
                  "C": {"Type": "Choice", "Default": "S",
                        "Choices": [{"Variable": "$.missing", "StringEquals": "x", "Next": "S"}]},
                  "S": {"Type": "Succeed"}}}
                """, INPUT);

        assertThat(execution.error()).isEqualTo("States.Runtime");
        assertThat(execution.cause()).contains("'$.missing'").contains("for the field 'Variable'");
    }
}
