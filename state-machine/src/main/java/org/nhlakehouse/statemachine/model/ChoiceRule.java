package org.nhlakehouse.statemachine.model;

import java.util.List;

import org.nhlakehouse.statemachine.json.JsonPathExpression;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSONPath Choice Rule: a boolean expression (And, Or, Not) or a data-test expression on a {@code Variable}
 * (<a href="https://states-language.net/spec.html#choice-state">spec, "Choice State"</a>).
 */
public sealed interface ChoiceRule permits ChoiceRule.And, ChoiceRule.Or, ChoiceRule.Not, ChoiceRule.Comparison {

    record And(List<ChoiceRule> rules) implements ChoiceRule {
        public And {
            rules = List.copyOf(rules);
        }
    }

    record Or(List<ChoiceRule> rules) implements ChoiceRule {
        public Or {
            rules = List.copyOf(rules);
        }
    }

    record Not(ChoiceRule rule) implements ChoiceRule {
    }

    /**
     * A data test. Exactly one of {@code value} (the literal operand) and {@code valuePath} (for the {@code ...Path}
     * operators) is set.
     */
    record Comparison(JsonPathExpression variable, ChoiceOperator operator, JsonNode value,
            JsonPathExpression valuePath) implements ChoiceRule {
    }
}
