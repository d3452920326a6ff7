package org.nhlakehouse.statemachine.runtime;

import java.util.Random;

import org.nhlakehouse.statemachine.json.EvaluationException;
import org.nhlakehouse.statemachine.json.Json;
import org.nhlakehouse.statemachine.json.JsonPathExpression;
import org.nhlakehouse.statemachine.json.PayloadTemplate;
import org.nhlakehouse.statemachine.model.PathField;
import org.nhlakehouse.statemachine.model.ResultPathField;
import org.nhlakehouse.statemachine.model.StatesErrors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * InputPath, Parameters, ResultSelector, ResultPath and OutputPath, applied as the spec orders them. Path and
 * intrinsic failures are reported as {@code States.Runtime}, which is what AWS reports today (the spec's
 * ParameterPathFailure and IntrinsicFailure are "reserved for future use" in the AWS error-handling guide); a
 * ResultPath that cannot be applied is {@code States.ResultPathMatchFailure}.
 */
final class DataFlow {

    private final Random random;

    DataFlow(Random random) {
        this.random = random;
    }

    JsonNode inputPath(PathField field, JsonNode raw, StateVisit visit) throws StatesError {
        return select(field, raw, visit, "InputPath");
    }

    JsonNode outputPath(PathField field, JsonNode output, StateVisit visit) throws StatesError {
        return select(field, output, visit, "OutputPath");
    }

    private JsonNode select(PathField field, JsonNode data, StateVisit visit, String name) throws StatesError {
        if (field.isNull()) {
            return Json.object();
        }
        return read(field.path(), data, visit, name);
    }

    /** Reads a path on the data (or the Context Object for {@code $$.} paths). */
    JsonNode read(JsonPathExpression path, JsonNode data, StateVisit visit, String field) throws StatesError {
        try {
            return path.read(data, visit.context());
        } catch (EvaluationException e) {
            throw StatesError.of(StatesErrors.RUNTIME, visit.errorPrefix() + e.getMessage() + " for the field '"
                    + field + "' (input: " + Json.truncate(Json.write(data), 300) + ")");
        }
    }

    /** Applies a payload template when present; absent templates leave the data as it is. */
    JsonNode template(PayloadTemplate template, JsonNode data, JsonNode context, StateVisit visit, String field)
            throws StatesError {
        if (template == null) {
            return data;
        }
        try {
            return template.apply(data, context, random);
        } catch (EvaluationException e) {
            throw StatesError.of(StatesErrors.RUNTIME, visit.errorPrefix() + "Field '" + field + "': "
                    + e.getMessage() + " (input: " + Json.truncate(Json.write(data), 300) + ")");
        }
    }

    /** The effective input: InputPath, then Parameters. */
    JsonNode effectiveInput(PathField inputPath, PayloadTemplate parameters, JsonNode raw, StateVisit visit)
            throws StatesError {
        return template(parameters, inputPath(inputPath, raw, visit), visit.context(), visit, "Parameters");
    }

    /** Places a result into the raw input; a null ResultPath discards the result. */
    JsonNode resultPath(ResultPathField field, JsonNode raw, JsonNode result, StateVisit visit) throws StatesError {
        if (field.isNull()) {
            return raw;
        }
        try {
            return field.path().set(raw, result);
        } catch (EvaluationException e) {
            throw StatesError.of(StatesErrors.RESULT_PATH_MATCH_FAILURE, visit.errorPrefix() + e.getMessage());
        }
    }
}
