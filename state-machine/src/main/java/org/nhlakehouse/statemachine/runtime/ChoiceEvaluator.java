package org.nhlakehouse.statemachine.runtime;

import java.time.Instant;
import java.util.regex.Pattern;

import org.nhlakehouse.statemachine.json.EvaluationException;
import org.nhlakehouse.statemachine.json.Timestamps;
import org.nhlakehouse.statemachine.model.ChoiceOperator;
import org.nhlakehouse.statemachine.model.ChoiceRule;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Evaluates Choice Rules as the spec defines them: a Variable that selects nothing is an error except for IsPresent;
 * comparing values of different types is simply false; strings compare code unit by code unit; numbers compare
 * exactly; timestamps compare as instants.
 */
final class ChoiceEvaluator {

    private final DataFlow flow;

    ChoiceEvaluator(DataFlow flow) {
        this.flow = flow;
    }

    boolean matches(ChoiceRule rule, JsonNode input, StateVisit visit) throws StatesError {
        switch (rule) {
            case ChoiceRule.And and -> {
                for (ChoiceRule inner : and.rules()) {
                    if (!matches(inner, input, visit)) {
                        return false;
                    }
                }
                return true;
            }
            case ChoiceRule.Or or -> {
                for (ChoiceRule inner : or.rules()) {
                    if (matches(inner, input, visit)) {
                        return true;
                    }
                }
                return false;
            }
            case ChoiceRule.Not not -> {
                return !matches(not.rule(), input, visit);
            }
            case ChoiceRule.Comparison comparison -> {
                return compare(comparison, input, visit);
            }
        }
    }

    private boolean compare(ChoiceRule.Comparison rule, JsonNode input, StateVisit visit) throws StatesError {
        ChoiceOperator operator = rule.operator();
        if (operator == ChoiceOperator.IS_PRESENT) {
            boolean present;
            try {
                rule.variable().read(input, visit.context());
                present = true;
            } catch (EvaluationException e) {
                present = false;
            }
            return present == rule.value().booleanValue();
        }
        JsonNode actual = flow.read(rule.variable(), input, visit, "Variable");
        JsonNode expected = rule.valuePath() != null
                ? flow.read(rule.valuePath(), input, visit, operator.fieldName() + "Path")
                : rule.value();
        return switch (operator.operand()) {
            case TYPE_TEST -> typeTest(operator, actual) == expected.booleanValue();
            case STRING -> actual.isTextual() && expected.isTextual()
                    && (operator == ChoiceOperator.STRING_MATCHES
                            ? wildcard(expected.textValue()).matcher(actual.textValue()).matches()
                            : holds(operator, actual.textValue().compareTo(expected.textValue())));
            case NUMBER -> actual.isNumber() && expected.isNumber()
                    && holds(operator, actual.decimalValue().compareTo(expected.decimalValue()));
            case BOOLEAN -> actual.isBoolean() && expected.isBoolean()
                    && actual.booleanValue() == expected.booleanValue();
            case TIMESTAMP -> {
                Instant a = actual.isTextual() ? Timestamps.parse(actual.textValue()).orElse(null) : null;
                Instant b = expected.isTextual() ? Timestamps.parse(expected.textValue()).orElse(null) : null;
                yield a != null && b != null && holds(operator, a.compareTo(b));
            }
        };
    }

    private static boolean typeTest(ChoiceOperator operator, JsonNode value) {
        return switch (operator) {
            case IS_NULL -> value.isNull();
            case IS_NUMERIC -> value.isNumber();
            case IS_STRING -> value.isTextual();
            case IS_BOOLEAN -> value.isBoolean();
            case IS_TIMESTAMP -> value.isTextual() && Timestamps.parse(value.textValue()).isPresent();
            default -> throw new IllegalStateException("not a type test: " + operator);
        };
    }

    private static boolean holds(ChoiceOperator operator, int comparison) {
        return switch (operator.relation()) {
            case EQ -> comparison == 0;
            case LT -> comparison < 0;
            case GT -> comparison > 0;
            case LE -> comparison <= 0;
            case GE -> comparison >= 0;
            default -> throw new IllegalStateException("not an ordering: " + operator);
        };
    }

    /** StringMatches: {@code *} matches any run of characters; {@code \*} and {@code \\} are literal. */
    static Pattern wildcard(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '*') {
                regex.append(".*");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
