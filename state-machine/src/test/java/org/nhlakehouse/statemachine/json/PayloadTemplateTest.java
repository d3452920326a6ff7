package org.nhlakehouse.statemachine.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.nhlakehouse.statemachine.Asl.json;
import static org.nhlakehouse.statemachine.Asl.strictJson;

import java.util.Random;

import org.junit.jupiter.api.Test;

class PayloadTemplateTest {

    @Test
    void apply_followsTheSpecExample() throws Exception {
        // The example of https://states-language.net/spec.html#payload-template
        PayloadTemplate template = PayloadTemplate.compile(strictJson("""
                {"flagged": true,
                 "parts": {"first.$": "$.vals[0]", "last3.$": "$.vals[-3:]"},
                 "weekday.$": "$$.DayOfWeek",
                 "formattedOutput.$": "States.Format('Today is {}', $$.DayOfWeek)"}
                """));

        assertThat(template.apply(json("{'flagged': 7, 'vals': [0, 10, 20, 30, 40, 50]}"),
                json("{'DayOfWeek': 'TUESDAY'}"), new Random(0))).isEqualTo(json("""
                        {'flagged': true, 'parts': {'first': 0, 'last3': [30, 40, 50]},
                         'weekday': 'TUESDAY', 'formattedOutput': 'Today is TUESDAY'}
                        """));
    }

    @Test
    void apply_resolvesFieldsInsideArraysAndKeepsLiterals() throws Exception {
        PayloadTemplate template = PayloadTemplate.compile(json("""
                {'Overrides': {'Env': [{'Name': 'ID', 'Value.$': '$.id'}, 'plain', 3]}, 'literal': {'x.y': '$.id'}}
                """));

        assertThat(template.apply(json("{'id': 'sys-1'}"), json("{}"), new Random(0))).isEqualTo(json("""
                {'Overrides': {'Env': [{'Name': 'ID', 'Value': 'sys-1'}, 'plain', 3]}, 'literal': {'x.y': '$.id'}}
                """));
    }

    @Test
    void apply_reportsTheFieldWhosePathFailed() {
        PayloadTemplate template = PayloadTemplate.compile(json("{'outer': {'inner.$': '$.missing'}}"));

        assertThatThrownBy(() -> template.apply(json("{}"), json("{}"), new Random(0)))
                .isInstanceOf(EvaluationException.class).hasMessageContaining("for the field 'outer.inner.$'");
    }

    @Test
    void compile_rejectsDuplicatesAndNonStringDynamicValues() {
        assertThatThrownBy(() -> PayloadTemplate.compile(json("{'a': 1, 'a.$': '$.x'}")))
                .hasMessageContaining("duplicates 'a'");
        assertThatThrownBy(() -> PayloadTemplate.compile(json("{'a.$': ['$.x']}")))
                .hasMessageContaining("its value must be a string");
        assertThatThrownBy(() -> PayloadTemplate.compile(json("{'a.$': 'not a path or call'}")))
                .hasMessageContaining("invalid intrinsic function");
    }

    @Test
    void paths_listsEveryPathIncludingInsideFunctions() {
        PayloadTemplate template = PayloadTemplate.compile(strictJson("""
                {"a.$": "$.x", "b": [{"c.$": "States.Format('{}', $.y)"}]}
                """));

        assertThat(template.paths()).extracting(JsonPathExpression::text).containsExactly("$.x", "$.y");
    }
}
