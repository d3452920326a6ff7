package org.nhlakehouse.rehearsal.template;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The state machine definition as Step Functions receives it: the file the transformed template's
 * {@code DefinitionS3Location} names, with the template's {@code DefinitionSubstitutions} applied the way
 * CloudFormation applies them ({@code ${Name}} replaced by the resolved value, here alias ARNs).
 *
 * @param stateMachineId the logical id of the AWS::StepFunctions::StateMachine
 * @param json the substituted definition
 * @param substitutions each substitution's name and resolved value
 */
public record DeployedDefinition(String stateMachineId, String json, Map<String, String> substitutions) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    /** The one state machine of the template, substituted with {@link CloudFormation#physicalIds()}. */
    public static DeployedDefinition of(CloudFormation template) {
        Map<String, JsonNode> machines = template.resources("AWS::StepFunctions::StateMachine");
        if (machines.size() != 1) {
            throw new AssertionError("Expected one state machine in the template, found " + machines.keySet());
        }
        Map.Entry<String, JsonNode> machine = machines.entrySet().iterator().next();
        JsonNode properties = machine.getValue().path("Properties");
        String text = CloudFormation.read(CloudFormation.artifact(properties.path("DefinitionS3Location")));
        Map<String, String> physical = template.physicalIds();
        Map<String, String> substitutions = new LinkedHashMap<>();
        properties.path("DefinitionSubstitutions").properties()
                .forEach(e -> substitutions.put(e.getKey(), template.resolve(e.getValue(), physical).asText()));
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = substitutions.get(matcher.group(1));
            if (value == null) {
                throw new AssertionError("The definition uses ${" + matcher.group(1)
                        + "}, which DefinitionSubstitutions does not define");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return new DeployedDefinition(machine.getKey(), out.toString(), substitutions);
    }

    /** The placeholders of the definition file (every ${...} it contains). */
    public static Set<String> placeholders(String definitionText) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(definitionText);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
