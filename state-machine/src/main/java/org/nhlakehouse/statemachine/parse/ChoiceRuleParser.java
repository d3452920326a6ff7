package org.nhlakehouse.statemachine.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.nhlakehouse.statemachine.json.JsonPathExpression;
import org.nhlakehouse.statemachine.json.Timestamps;
import org.nhlakehouse.statemachine.model.ChoiceOperator;
import org.nhlakehouse.statemachine.model.ChoiceRule;
import org.nhlakehouse.statemachine.model.ChoiceState;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Parses JSONPath Choice Rules: And/Or (non-empty arrays), Not (one rule), or a {@code Variable} with exactly one
 * comparison operator whose operand has the operator's type; only top-level rules carry {@code Next}
 * (<a href="https://states-language.net/spec.html#choice-state">spec, "Choice State"</a>).
 */
final class ChoiceRuleParser {

    private final Problems problems;

    ChoiceRuleParser(Problems problems) {
        this.problems = problems;
    }

    List<ChoiceState.ChoiceBranch> parseChoices(Fields state) {
        JsonNode choices = state.get("Choices");
        List<ChoiceState.ChoiceBranch> branches = new ArrayList<>();
        if (choices == null || !choices.isArray() || choices.isEmpty()) {
            state.error("field 'Choices' must be a non-empty array of Choice Rules");
            return branches;
        }
        for (int i = 0; i < choices.size(); i++) {
            String where = state.where() + " Choices[" + i + "]";
            JsonNode node = choices.get(i);
            if (!node.isObject()) {
                problems.error(where, "must be an object");
                continue;
            }
            String next = new Fields(node, where, problems).string("Next", true);
            ChoiceRule rule = rule(node, where, true);
            if (rule != null && next != null) {
                branches.add(new ChoiceState.ChoiceBranch(rule, next));
            }
        }
        return branches;
    }

    private ChoiceRule rule(JsonNode node, String where, boolean topLevel) {
        if (!node.isObject()) {
            problems.error(where, "a Choice Rule must be an object");
            return null;
        }
        if (!topLevel && node.has("Next")) {
            problems.error(where, "a nested Choice Rule must not have 'Next'");
        }
        List<String> fields = new ArrayList<>();
        for (String field : (Iterable<String>) node::fieldNames) {
            if (field.equals("Comment") || field.equals("Next")) {
                continue;
            }
            if (FieldRules.UNSUPPORTED.contains(field)) {
                problems.error(where, "field '" + field + "' is not supported by the local executor");
            } else {
                fields.add(field);
            }
        }
        for (String bool : List.of("And", "Or", "Not")) {
            if (fields.contains(bool)) {
                if (fields.size() > 1) {
                    problems.error(where, "'" + bool + "' must be the only operator of its rule, not with " + fields);
                    return null;
                }
                return bool.equals("Not") ? not(node.get("Not"), where) : list(bool, node.get(bool), where);
            }
        }
        return comparison(node, fields, where);
    }

    private ChoiceRule not(JsonNode value, String where) {
        ChoiceRule inner = rule(value, where + " Not", false);
        return inner == null ? null : new ChoiceRule.Not(inner);
    }

    private ChoiceRule list(String operator, JsonNode value, String where) {
        if (value == null || !value.isArray() || value.isEmpty()) {
            problems.error(where, "'" + operator + "' must be a non-empty array of Choice Rules");
            return null;
        }
        List<ChoiceRule> rules = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            ChoiceRule rule = rule(value.get(i), where + " " + operator + "[" + i + "]", false);
            if (rule == null) {
                return null;
            }
            rules.add(rule);
        }
        return operator.equals("And") ? new ChoiceRule.And(rules) : new ChoiceRule.Or(rules);
    }

    private ChoiceRule comparison(JsonNode node, List<String> fields, String where) {
        Fields rule = new Fields(node, where, problems);
        if (!node.has("Variable")) {
            problems.error(where, "a data-test rule needs 'Variable' (or use And/Or/Not)");
            return null;
        }
        JsonPathExpression variable = rule.path("Variable", false);
        List<String> operators = fields.stream().filter(f -> !f.equals("Variable")).toList();
        if (operators.size() != 1) {
            problems.error(where, "a data-test rule needs exactly one comparison operator, found " + operators);
            return null;
        }
        String field = operators.get(0);
        Optional<ChoiceOperator> operator = ChoiceOperator.byFieldName(field);
        if (operator.isEmpty()) {
            problems.error(where, "'" + field + "' is not a comparison operator");
            return null;
        }
        if (field.endsWith("Path") && !operator.get().fieldName().equals(field)) {
            JsonPathExpression valuePath = rule.path(field, false);
            return variable == null || valuePath == null ? null
                    : new ChoiceRule.Comparison(variable, operator.get(), null, valuePath);
        }
        JsonNode value = node.get(field);
        if (!operandValid(operator.get(), value)) {
            problems.error(where, "'" + field + "' needs " + describe(operator.get()) + ", not " + value);
            return null;
        }
        return variable == null ? null : new ChoiceRule.Comparison(variable, operator.get(), value, null);
    }

    private static boolean operandValid(ChoiceOperator operator, JsonNode value) {
        return switch (operator.operand()) {
            case STRING -> value.isTextual()
                    && (operator != ChoiceOperator.STRING_MATCHES || !hasOpenEscape(value.textValue()));
            case NUMBER -> value.isNumber();
            case BOOLEAN, TYPE_TEST -> value.isBoolean();
            case TIMESTAMP -> value.isTextual() && Timestamps.parse(value.textValue()).isPresent();
        };
    }

    /** StringMatches only allows {@code \*} and {@code \\} as escapes. */
    private static boolean hasOpenEscape(String pattern) {
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '\\') {
                if (i + 1 >= pattern.length() || "*\\".indexOf(pattern.charAt(i + 1)) < 0) {
                    return true;
                }
                i++;
            }
        }
        return false;
    }

    private static String describe(ChoiceOperator operator) {
        return switch (operator.operand()) {
            case STRING -> operator == ChoiceOperator.STRING_MATCHES
                    ? "a string pattern (only \\* and \\\\ may be escaped)"
                    : "a string";
            case NUMBER -> "a number";
            case BOOLEAN, TYPE_TEST -> "a boolean";
            case TIMESTAMP -> "an RFC 3339 timestamp string such as 2016-03-14T01:59:00Z";
        };
    }
}
