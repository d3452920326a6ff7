package org.nhlakehouse.statemachine.parse;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Replaces {@code ${Name}} placeholders the way SAM's / CloudFormation's {@code DefinitionSubstitutions} does, inside
 * the string values (and field names) of an already-parsed definition, so a value can never break the JSON. A
 * placeholder without a value is an error naming where it was found.
 */
public final class Substitutions {

    /** A placeholder: {@code ${Name}}. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}\\s]+)}");

    private Substitutions() {
    }

    public static JsonNode apply(JsonNode definition, Map<String, String> values, Problems problems) {
        return apply(definition, "", values, problems);
    }

    private static JsonNode apply(JsonNode node, String pointer, Map<String, String> values, Problems problems) {
        if (node instanceof ObjectNode object) {
            ObjectNode out = object.objectNode();
            for (Map.Entry<String, JsonNode> field : object.properties()) {
                String where = pointer + "/" + field.getKey();
                String name = replace(field.getKey(), where, values, problems);
                out.set(name, apply(field.getValue(), where, values, problems));
            }
            return out;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode out = array.arrayNode();
            for (int i = 0; i < array.size(); i++) {
                out.add(apply(array.get(i), pointer + "/" + i, values, problems));
            }
            return out;
        }
        if (node.isTextual()) {
            return TextNode.valueOf(replace(node.textValue(), pointer, values, problems));
        }
        return node;
    }

    private static String replace(String text, String pointer, Map<String, String> values, Problems problems) {
        if (!text.contains("${")) {
            return text;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = values.get(name);
            if (value == null) {
                problems.error("Definition substitution '${" + name + "}' at " + pointer,
                        "no value is given for it in DefinitionSubstitutions (known: " + values.keySet().stream()
                                .sorted().toList() + ")");
                value = matcher.group();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
