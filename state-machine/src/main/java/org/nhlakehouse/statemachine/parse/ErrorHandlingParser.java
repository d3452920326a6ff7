package org.nhlakehouse.statemachine.parse;

import java.util.ArrayList;
import java.util.List;

import org.nhlakehouse.statemachine.model.Catcher;
import org.nhlakehouse.statemachine.model.ErrorHandling;
import org.nhlakehouse.statemachine.model.JitterStrategy;
import org.nhlakehouse.statemachine.model.ResultPathField;
import org.nhlakehouse.statemachine.model.Retrier;
import org.nhlakehouse.statemachine.model.StatesErrors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Parses {@code Retry} and {@code Catch} with the spec's rules: non-empty {@code ErrorEquals}; {@code States.ALL}
 * alone and only in the last retrier/catcher; IntervalSeconds positive, MaxAttempts non-negative, BackoffRate at least
 * 1.0, MaxDelaySeconds positive, JitterStrategy FULL or NONE
 * (<a href="https://states-language.net/spec.html#retrying-after-error">spec, "Retrying after error"</a>).
 */
final class ErrorHandlingParser {

    private ErrorHandlingParser() {
    }

    static ErrorHandling parse(Fields state) {
        return new ErrorHandling(retriers(state), catchers(state));
    }

    private static List<Retrier> retriers(Fields state) {
        List<Retrier> retriers = new ArrayList<>();
        List<JsonNode> elements = elements(state, "Retry");
        for (int i = 0; i < elements.size(); i++) {
            Fields retrier = new Fields(elements.get(i), state.where() + " Retry[" + i + "]", state.problems());
            FieldRules.check(elements.get(i), retrier.where(), "a retrier", FieldRules.RETRIER, state.problems());
            List<String> errors = errorEquals(retrier, i == elements.size() - 1);
            Long interval = retrier.integer("IntervalSeconds", 1);
            Long maxAttempts = retrier.integer("MaxAttempts", 0);
            Long maxDelay = retrier.integer("MaxDelaySeconds", 1);
            double backoff = 2.0;
            JsonNode rate = retrier.get("BackoffRate");
            if (rate != null) {
                if (!rate.isNumber() || rate.doubleValue() < 1.0) {
                    retrier.error("field 'BackoffRate' must be a number of at least 1.0, not " + rate);
                } else {
                    backoff = rate.doubleValue();
                }
            }
            JitterStrategy jitter = JitterStrategy.NONE;
            String jitterText = retrier.string("JitterStrategy", false);
            if (jitterText != null) {
                if (jitterText.equals("FULL") || jitterText.equals("NONE")) {
                    jitter = JitterStrategy.valueOf(jitterText);
                } else {
                    retrier.error("field 'JitterStrategy' must be FULL or NONE, not '" + jitterText + "'");
                }
            }
            retriers.add(new Retrier(errors, interval == null ? 1 : interval.intValue(),
                    maxAttempts == null ? 3 : maxAttempts.intValue(), backoff,
                    maxDelay == null ? null : maxDelay.intValue(), jitter));
        }
        return retriers;
    }

    private static List<Catcher> catchers(Fields state) {
        List<Catcher> catchers = new ArrayList<>();
        List<JsonNode> elements = elements(state, "Catch");
        for (int i = 0; i < elements.size(); i++) {
            Fields catcher = new Fields(elements.get(i), state.where() + " Catch[" + i + "]", state.problems());
            FieldRules.check(elements.get(i), catcher.where(), "a catcher", FieldRules.CATCHER, state.problems());
            List<String> errors = errorEquals(catcher, i == elements.size() - 1);
            String next = catcher.string("Next", true);
            ResultPathField resultPath = catcher.resultPath("ResultPath");
            catchers.add(new Catcher(errors, next, resultPath));
        }
        return catchers;
    }

    private static List<JsonNode> elements(Fields state, String field) {
        JsonNode value = state.get(field);
        if (value == null) {
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>();
        if (!value.isArray()) {
            state.error("field '" + field + "' must be an array");
            return elements;
        }
        for (int i = 0; i < value.size(); i++) {
            if (value.get(i).isObject()) {
                elements.add(value.get(i));
            } else {
                state.error("field '" + field + "' element " + i + " must be an object");
            }
        }
        return elements;
    }

    private static List<String> errorEquals(Fields element, boolean last) {
        JsonNode value = element.get("ErrorEquals");
        List<String> errors = new ArrayList<>();
        if (value == null || !value.isArray() || value.isEmpty()) {
            element.error("field 'ErrorEquals' must be a non-empty array of error names");
            return errors;
        }
        for (JsonNode name : value) {
            if (!name.isTextual() || name.textValue().isEmpty()) {
                element.error("field 'ErrorEquals' must hold only non-empty strings, not " + name);
                continue;
            }
            String error = name.textValue();
            errors.add(error);
            if (error.startsWith("States.") && !StatesErrors.KNOWN.contains(error)) {
                element.error("'" + error + "' is not a predefined error name (names starting with 'States.' are"
                        + " reserved)");
            } else if (StatesErrors.isTerminal(error)) {
                element.problems().warn(element.where(), "'" + error + "' can never be retried or caught"
                        + " (Step Functions treats it as terminal)");
            } else if (StatesErrors.NEVER_RAISED_LOCALLY.contains(error)) {
                element.problems().warn(element.where(), "'" + error + "' is never raised by the local executor"
                        + " (a failed branch or iteration reports its own error; path and intrinsic failures report"
                        + " States.Runtime), so it never matches here");
            }
        }
        if (errors.contains(StatesErrors.ALL)) {
            if (errors.size() > 1) {
                element.error("'States.ALL' must appear alone in 'ErrorEquals'");
            }
            if (!last) {
                element.error("'States.ALL' may only appear in the last element of the array");
            }
        }
        return errors;
    }
}
