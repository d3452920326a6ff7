package org.nhlakehouse.rehearsal.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What AWS SAM makes of template.yaml (aws-sam-translator, the code behind {@code sam deploy}'s transform), checked
 * resource by resource: what CloudFormation would create, not what the template hopes SAM does.
 */
class SamTransformTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CloudFormation cfn = CloudFormation.transformed();

    @Test
    void everyFunction_hasItsOwnLambdaRole_aLiveAliasOnAPublishedVersion_andSnapStart() {
        Map<String, JsonNode> functions = cfn.resources("AWS::Lambda::Function");
        assertThat(functions).as("functions").isNotEmpty();
        Set<String> roles = new HashSet<>();
        for (Map.Entry<String, JsonNode> entry : functions.entrySet()) {
            String function = entry.getKey();
            JsonNode properties = entry.getValue().path("Properties");
            Optional<String> condition = condition(entry.getValue());

            String role = CloudFormation.target(properties.path("Role")).orElseThrow(
                    () -> new AssertionError(function + " has no role of the stack: " + properties.path("Role")));
            JsonNode roleResource = cfn.resource(role);
            assertThat(roleResource.path("Type").asText()).as(function + "'s role").isEqualTo("AWS::IAM::Role");
            assertThat(roleResource.path("Properties").path("AssumeRolePolicyDocument").toString())
                    .as(function + "'s role trusts Lambda").contains("lambda.amazonaws.com");
            assertThat(roles.add(role)).as(function + " shares its role " + role).isTrue();

            assertThat(properties.path("Runtime").asText()).as(function + " runtime").isEqualTo("java21");
            assertThat(properties.path("SnapStart").path("ApplyOn").asText()).as(function + " SnapStart")
                    .isEqualTo("PublishedVersions");
            CloudFormation.artifact(properties.path("Code"));

            List<String> aliases = new ArrayList<>();
            cfn.resources("AWS::Lambda::Alias").forEach((aliasId, alias) -> {
                JsonNode aliasProperties = alias.path("Properties");
                if (!function.equals(CloudFormation.target(aliasProperties.path("FunctionName")).orElse(""))) {
                    return;
                }
                aliases.add(aliasProperties.path("Name").asText());
                String version = CloudFormation.target(aliasProperties.path("FunctionVersion")).orElseThrow();
                JsonNode versionResource = cfn.resource(version);
                assertThat(versionResource.path("Type").asText()).isEqualTo("AWS::Lambda::Version");
                assertThat(CloudFormation.target(versionResource.path("Properties").path("FunctionName")))
                        .as(version + " publishes " + function).contains(function);
                assertThat(condition(alias)).as(aliasId + "'s condition").isEqualTo(condition);
                assertThat(condition(versionResource)).as(version + "'s condition").isEqualTo(condition);
            });
            assertThat(aliases).as(function + "'s aliases").containsExactly("live");
        }
    }

    @Test
    void theStateMachine_invokesOnlyAliasesThatExist_andItsRoleMayInvokeThem() throws Exception {
        DeployedDefinition deployed = DeployedDefinition.of(cfn);
        JsonNode properties = cfn.resource(deployed.stateMachineId()).path("Properties");
        String file = CloudFormation.read(CloudFormation.artifact(properties.path("DefinitionS3Location")));

        // Every placeholder is defined and every substitution is used (DeployedDefinition fails on an undefined one).
        assertThat(deployed.substitutions().keySet()).containsExactlyInAnyOrderElementsOf(
                DeployedDefinition.placeholders(file));
        Set<String> aliasArns = new HashSet<>();
        Map<String, String> physical = cfn.physicalIds();
        cfn.resources("AWS::Lambda::Alias").keySet().forEach(alias -> aliasArns.add(physical.get(alias)));

        List<String> resources = new ArrayList<>();
        collectTaskResources(JSON.readTree(deployed.json()), resources);
        assertThat(resources).as("Task resources").isNotEmpty();
        assertThat(aliasArns).as("aliases of the stack").containsAll(resources);
        assertThat(new HashSet<>(resources)).as("every substitution is a Task's function")
                .containsExactlyInAnyOrderElementsOf(deployed.substitutions().values());

        // The state machine's role: lambda:InvokeFunction on "<function ARN>:*" covers each alias it invokes.
        String role = CloudFormation.target(properties.path("RoleArn")).orElseThrow();
        List<String> invokable = new ArrayList<>();
        for (JsonNode policy : cfn.resource(role).path("Properties").path("Policies")) {
            for (JsonNode statement : policy.path("PolicyDocument").path("Statement")) {
                if (statement.path("Action").toString().contains("lambda:InvokeFunction")) {
                    for (JsonNode resource : statement.path("Resource")) {
                        invokable.add(cfn.resolve(resource, physical).asText());
                    }
                }
            }
        }
        for (String resource : resources) {
            assertThat(invokable).as("the state machine role may invoke " + resource)
                    .anyMatch(pattern -> pattern.endsWith(":*")
                            && resource.startsWith(pattern.substring(0, pattern.length() - 1)));
        }
    }

    @Test
    void theDashboardApi_proxiesEveryGetRouteToTheLiveAlias_withPermissionFromThatApi() {
        Map<String, JsonNode> apis = cfn.resources("AWS::ApiGatewayV2::Api");
        assertThat(apis).hasSize(1);
        String apiId = apis.keySet().iterator().next();
        JsonNode paths = apis.get(apiId).path("Properties").path("Body").path("paths");
        assertThat(paths.has("/") && paths.has("/{proxy+}")).as("routes %s", paths).isTrue();
        Set<String> integratedAliases = new HashSet<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            JsonNode integration = path.getValue().path("get").path("x-amazon-apigateway-integration");
            assertThat(integration.path("type").asText()).as(path.getKey()).isEqualTo("aws_proxy");
            assertThat(integration.path("httpMethod").asText()).as(path.getKey()).isEqualTo("POST");
            assertThat(integration.path("payloadFormatVersion").asText()).as(path.getKey()).isEqualTo("2.0");
            String uri = integration.path("uri").path("Fn::Sub").asText();
            String alias = uri.replaceAll(".*/functions/\\$\\{([^}]+)}/invocations$", "$1");
            assertThat(cfn.resource(alias).path("Type").asText()).as(path.getKey() + " integrates " + uri)
                    .isEqualTo("AWS::Lambda::Alias");
            integratedAliases.add(alias);
        }
        assertThat(integratedAliases).hasSize(1);
        String alias = integratedAliases.iterator().next();

        List<String> permittedRoutes = new ArrayList<>();
        cfn.resources("AWS::Lambda::Permission").forEach((id, permission) -> {
            JsonNode properties = permission.path("Properties");
            if (CloudFormation.target(properties.path("FunctionName")).orElse("").equals(alias)) {
                assertThat(properties.path("Principal").asText()).isEqualTo("apigateway.amazonaws.com");
                assertThat(properties.path("SourceArn").toString()).as(id).contains("\"Ref\":\"" + apiId + "\"");
                permittedRoutes.add(properties.path("SourceArn").path("Fn::Sub").get(0).asText());
            }
        });
        assertThat(permittedRoutes).as("one permission per route").hasSize(paths.size());

        Map<String, JsonNode> stages = cfn.resources("AWS::ApiGatewayV2::Stage");
        assertThat(stages).hasSize(1);
        JsonNode stage = stages.values().iterator().next().path("Properties");
        assertThat(stage.path("StageName").asText()).isEqualTo("$default");
        assertThat(stage.path("AutoDeploy").asBoolean()).isTrue();
        assertThat(stage.path("DefaultRouteSettings").has("ThrottlingRateLimit")).isTrue();
    }

    private static Optional<String> condition(JsonNode resource) {
        return Optional.ofNullable(resource.get("Condition")).map(JsonNode::asText);
    }

    /** The Resource of every Task, in nested Map item processors and Parallel branches too. */
    private static void collectTaskResources(JsonNode node, List<String> into) {
        if (node.isObject()) {
            if ("Task".equals(node.path("Type").asText()) && node.has("Resource")) {
                into.add(node.get("Resource").asText());
            }
            node.forEach(child -> collectTaskResources(child, into));
        } else if (node.isArray()) {
            node.forEach(child -> collectTaskResources(child, into));
        }
    }
}
