package org.nhlakehouse.rehearsal.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nhlakehouse.rehearsal.tools.AwsTools;
import org.nhlakehouse.rehearsal.tools.AwsTools.ProcessResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * template.yaml as CloudFormation receives it: transformed by AWS SAM's own translator (src/test/python/transform.py,
 * with local artifacts replaced by S3 locations as {@code sam package} does). The transform runs once per JVM.
 */
public final class CloudFormation {

    /** The bucket name the rehearsal deploys with (the template's one required parameter). */
    public static final String BUCKET = "rehearsal-lakehouse";
    public static final String STACK = "rehearsal";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SUB = Pattern.compile("\\$\\{([^}!]+)}");
    private static volatile CloudFormation transformed;

    private final JsonNode template;

    private CloudFormation(JsonNode template) {
        this.template = template;
    }

    public static CloudFormation transformed() {
        CloudFormation result = transformed;
        if (result == null) {
            AwsTools.requireInstalled();
            ProcessResult run = AwsTools.run(List.of(AwsTools.python(), AwsTools.pythonScript("transform.py").toString(),
                    AwsTools.repository().resolve("template.yaml").toString(), "BucketName=" + BUCKET), Map.of(),
                    Duration.ofMinutes(2));
            if (run.exitCode() != 0) {
                throw new AssertionError("The SAM transform of template.yaml failed: " + run.describe());
            }
            try {
                result = new CloudFormation(JSON.readTree(run.stdout()));
            } catch (IOException e) {
                throw new AssertionError("The SAM transform printed no JSON: " + run.describe(), e);
            }
            transformed = result;
        }
        return result;
    }

    public JsonNode template() {
        return template;
    }

    public JsonNode resource(String logicalId) {
        JsonNode resource = template.path("Resources").path(logicalId);
        if (resource.isMissingNode()) {
            throw new AssertionError("The transformed template has no resource " + logicalId);
        }
        return resource;
    }

    public boolean has(String logicalId) {
        return template.path("Resources").has(logicalId);
    }

    /** The resources of a type, by logical id, in template order. */
    public Map<String, JsonNode> resources(String type) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        template.path("Resources").properties().forEach(entry -> {
            if (type.equals(entry.getValue().path("Type").asText())) {
                found.put(entry.getKey(), entry.getValue());
            }
        });
        return found;
    }

    /** The logical id a {@code Ref} or {@code Fn::GetAtt} points at, if the value is one. */
    public static Optional<String> target(JsonNode value) {
        if (value.has("Ref")) {
            return Optional.of(value.get("Ref").asText());
        }
        if (value.has("Fn::GetAtt")) {
            JsonNode getAtt = value.get("Fn::GetAtt");
            return Optional.of(getAtt.isArray() ? getAtt.get(0).asText() : getAtt.asText().split("\\.")[0]);
        }
        return Optional.empty();
    }

    /**
     * The physical ids of the stack as the rehearsal deploys it: the pseudo parameters, and for every function
     * (named by its logical id) its name, ARN and the ARN of each alias.
     */
    public Map<String, String> physicalIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("AWS::Region", "us-east-1");
        ids.put("AWS::AccountId", "123456789012");
        ids.put("AWS::Partition", "aws");
        ids.put("AWS::URLSuffix", "amazonaws.com");
        ids.put("AWS::StackName", STACK);
        resources("AWS::Lambda::Function").keySet().forEach(function -> {
            ids.put(function, function);
            ids.put(function + ".Arn", functionArn(function));
        });
        resources("AWS::Lambda::Alias").forEach((alias, resource) -> {
            JsonNode properties = resource.path("Properties");
            String function = target(properties.path("FunctionName")).orElseThrow();
            ids.put(alias, functionArn(function) + ":" + properties.path("Name").asText());
        });
        return ids;
    }

    public static String functionArn(String functionName) {
        return "arn:aws:lambda:us-east-1:123456789012:function:" + functionName;
    }

    /** A local artifact that an S3 location ({@code Code}, {@code DefinitionS3Location}) of the transform names. */
    public static Path artifact(JsonNode s3Location) {
        String key = s3Location.has("S3Key") ? s3Location.get("S3Key").asText() : s3Location.get("Key").asText();
        Path path = AwsTools.repository().resolve(key);
        if (!Files.exists(path)) {
            throw new AssertionError(key + " does not exist: run ./mvnw -DskipTests package first");
        }
        return path;
    }

    public static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Resolves a property value as CloudFormation would, given the physical ids ({@code Ref}) and attributes
     * ({@code Fn::GetAtt}, as {@code Id.Attr}) of the resources it names. Parameters resolve to the value given, else
     * to their Default. Anything else is an error naming what is missing, so a template change shows up here.
     */
    public JsonNode resolve(JsonNode value, Map<String, String> physical) {
        if (value.isTextual() || value.isNumber() || value.isBoolean()) {
            return value;
        }
        if (value.has("Ref") && value.get("Ref").asText().equals("AWS::NoValue")) {
            return NullNode.getInstance();
        }
        if (value.has("Ref")) {
            return TextNode.valueOf(lookup(value.get("Ref").asText(), physical));
        }
        if (value.has("Fn::GetAtt")) {
            JsonNode getAtt = value.get("Fn::GetAtt");
            String name = getAtt.isArray() ? getAtt.get(0).asText() + "." + getAtt.get(1).asText() : getAtt.asText();
            return TextNode.valueOf(lookup(name, physical));
        }
        if (value.has("Fn::If")) {
            JsonNode branches = value.get("Fn::If");
            return resolve(branches.get(condition(branches.get(0).asText(), physical) ? 1 : 2), physical);
        }
        if (value.has("Fn::Sub") && value.get("Fn::Sub").isTextual()) {
            Matcher matcher = SUB.matcher(value.get("Fn::Sub").asText());
            StringBuilder out = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(out, Matcher.quoteReplacement(lookup(matcher.group(1), physical)));
            }
            matcher.appendTail(out);
            return TextNode.valueOf(out.toString());
        }
        throw new AssertionError("The rehearsal cannot resolve " + value + "; extend CloudFormation.resolve");
    }

    /** Evaluates one of the template's Conditions with the parameters' values. */
    public boolean condition(String name, Map<String, String> physical) {
        JsonNode condition = template.path("Conditions").path(name);
        if (condition.isMissingNode()) {
            throw new AssertionError("The template has no condition " + name);
        }
        return evaluate(condition, physical);
    }

    private boolean evaluate(JsonNode condition, Map<String, String> physical) {
        if (condition.has("Condition")) {
            return condition(condition.get("Condition").asText(), physical);
        }
        if (condition.has("Fn::Equals")) {
            JsonNode pair = condition.get("Fn::Equals");
            return resolve(pair.get(0), physical).asText().equals(resolve(pair.get(1), physical).asText());
        }
        if (condition.has("Fn::Not")) {
            return !evaluate(condition.get("Fn::Not").get(0), physical);
        }
        if (condition.has("Fn::And") || condition.has("Fn::Or")) {
            boolean and = condition.has("Fn::And");
            for (JsonNode operand : condition.get(and ? "Fn::And" : "Fn::Or")) {
                if (evaluate(operand, physical) != and) {
                    return !and;
                }
            }
            return and;
        }
        throw new AssertionError("The rehearsal cannot evaluate the condition " + condition);
    }

    /** {@link #resolve} applied through objects and arrays (an event pattern, a policy document). */
    public JsonNode resolveDeep(JsonNode value, Map<String, String> physical) {
        if (value.isObject() && value.size() == 1 && value.fieldNames().next().matches("Ref|Fn::.*")) {
            return resolve(value, physical);
        }
        if (value.isContainerNode()) {
            JsonNode copy = value.deepCopy();
            if (copy.isObject()) {
                ((ObjectNode) copy).properties()
                        .forEach(e -> e.setValue(resolveDeep(e.getValue(), physical)));
            } else {
                for (int i = 0; i < copy.size(); i++) {
                    ((ArrayNode) copy).set(i, resolveDeep(copy.get(i), physical));
                }
            }
            return copy;
        }
        return value;
    }

    /** The environment variables of a function of the transformed template, resolved. */
    public Map<String, String> environment(String functionId, Map<String, String> physical) {
        Map<String, String> variables = new LinkedHashMap<>();
        resource(functionId).path("Properties").path("Environment").path("Variables").properties().forEach(e -> {
            JsonNode value = resolve(e.getValue(), physical);
            if (!value.isNull()) {
                variables.put(e.getKey(), value.asText());
            }
        });
        return variables;
    }

    private String lookup(String name, Map<String, String> physical) {
        if (physical.containsKey(name)) {
            return physical.get(name);
        }
        JsonNode parameter = template.path("Parameters").path(name);
        if (!parameter.isMissingNode()) {
            if (name.equals("BucketName")) {
                return BUCKET;
            }
            if (parameter.has("Default")) {
                return parameter.get("Default").asText();
            }
        }
        List<String> known = new ArrayList<>(physical.keySet());
        throw new AssertionError("The rehearsal has no value for " + name + " (it knows " + known + ")");
    }
}
