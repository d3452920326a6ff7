package org.nhlakehouse.rehearsal.statemachine;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where moto's interpreter is known to differ from Step Functions, and the project's executor agrees with AWS
 * (docs/deploy.md, "Where the interpreters disagree").
 */
final class MotoDeviations {

    private MotoDeviations() {
    }

    /**
     * moto 5.2 wraps in an array the value a payload-template path selects below an array index: for
     * {@code "result.$": "$[0].status"} it yields {@code [status]}, where Step Functions (which evaluates these paths
     * with Jayway JsonPath, a definite path giving one value) yields {@code status}. moto does it on purpose
     * (moto/stepfunctions/parser/asl/utils/json_path.py, "different from LS", for getmoto/moto#7825); LocalStack was
     * reported to wrap such values the same way against AWS (localstack/localstack#11321). This undoes exactly that:
     * a one-element array in moto's output where the local executor has the element itself.
     */
    static JsonNode unwrapIndexedSelections(JsonNode moto, JsonNode local) {
        if (moto.isArray() && moto.size() == 1 && !local.isArray()) {
            return unwrapIndexedSelections(moto.get(0), local);
        }
        if (moto.isObject() && local.isObject()) {
            ObjectNode copy = ((ObjectNode) moto).deepCopy();
            for (Iterator<Map.Entry<String, JsonNode>> fields = copy.properties().iterator(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (local.has(field.getKey())) {
                    field.setValue(unwrapIndexedSelections(field.getValue(), local.get(field.getKey())));
                }
            }
            return copy;
        }
        if (moto.isArray() && local.isArray() && moto.size() == local.size()) {
            ArrayNode copy = ((ArrayNode) moto).deepCopy();
            for (int i = 0; i < copy.size(); i++) {
                copy.set(i, unwrapIndexedSelections(copy.get(i), local.get(i)));
            }
            return copy;
        }
        return moto;
    }
}
