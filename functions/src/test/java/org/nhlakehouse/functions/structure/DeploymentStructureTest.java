package org.nhlakehouse.functions.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.inject.Named;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.tasks.StartPipelineTask;
import org.nhlakehouse.functions.handlers.StartPipelineHandler;
import org.nhlakehouse.localrun.LocalPipeline;
import org.nhlakehouse.statemachine.DefinitionInspector;
import org.nhlakehouse.statemachine.DefinitionSummary;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keeps the deployment consistent, from the parsed files: the state machine's Task resources, template.yaml's
 * DefinitionSubstitutions, the functions and the {@code @Named} handlers they run; Retry and Catch on every Task; IAM
 * scoped to the stack's resources; the EventBridge rule's key prefixes and the start handler's allow-list.
 */
class DeploymentStructureTest {

    /**
     * Actions that support no resource-level permissions, so that AWS documents {@code Resource: "*"} for them: the
     * CloudWatch Logs log-delivery actions that Step Functions logging needs
     * (https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html).
     */
    private static final Set<String> UNSCOPED_ACTIONS = Set.of("logs:CreateLogDelivery", "logs:GetLogDelivery",
            "logs:UpdateLogDelivery", "logs:DeleteLogDelivery", "logs:ListLogDeliveries", "logs:PutResourcePolicy",
            "logs:DescribeResourcePolicies", "logs:DescribeLogGroups");
    private static final String QUARKUS_HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";

    private static final String DASHBOARD_FUNCTION = "DashboardFunction";
    private static final String DASHBOARD_MODULE = "dashboard-lambda";

    private static Path repository;
    private static Map<String, Object> template;
    private static Map<String, Map<String, Object>> resources;
    private static String definition;
    private static Map<String, Class<?>> handlers;

    @BeforeAll
    static void read() throws Exception {
        repository = repositoryRoot();
        template = CloudFormationYaml.load(repository.resolve("template.yaml"));
        resources = map(template.get("Resources")).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> map(e.getValue()), (a, b) -> a, TreeMap::new));
        definition = Files.readString(repository.resolve(String.valueOf(stateMachine().get("DefinitionUri"))),
                StandardCharsets.UTF_8);
        handlers = namedHandlers();
    }

    @Test
    void theStateMachine_deploysTheDefinitionTheLocalRunnerRuns() {
        assertThat(stateMachine().get("DefinitionUri")).isEqualTo(LocalPipeline.DEFINITION);
        assertThat(definition).isEqualTo(LocalPipeline.definition());
    }

    @Test
    void everyTaskResource_isASubstitution_andEverySubstitutionIsUsed() {
        DefinitionSummary summary = DefinitionInspector.inspect(definition);
        Set<String> substitutions = map(stateMachine().get("DefinitionSubstitutions")).keySet();

        assertThat(summary.tasks()).isNotEmpty().allSatisfy(task -> assertThat(task.target()).matches("\\$\\{\\w+}"));
        Set<String> referenced = summary.tasks().stream().map(t -> t.target().substring(2, t.target().length() - 1))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(referenced).as("Task resources").isEqualTo(new TreeSet<>(substitutions));
        assertThat(summary.substitutions()).as("every ${...} in the definition").isEqualTo(new TreeSet<>(substitutions));
        assertThat(new TreeSet<>(substitutions)).as("the local runner's substitutions")
                .isEqualTo(new TreeSet<>(LocalPipeline.substitutions().keySet()));
    }

    @Test
    void everySubstitution_isTheLiveAliasOfAFunction_runningTheHandlerOfThatTask() {
        Map<String, Object> substitutions = map(stateMachine().get("DefinitionSubstitutions"));

        substitutions.forEach((name, value) -> {
            String reference = String.valueOf(map(value).get("Ref"));
            assertThat(reference).as(name).endsWith(".Alias");
            String function = reference.substring(0, reference.length() - ".Alias".length());
            assertThat(resources).as(name + " -> " + function).containsKey(function);
            String handler = handlerOf(function);
            assertThat(handlers).as(function + " runs " + handler).containsKey(handler);
            assertThat(LocalPipeline.substitutionOf(handler)).as("the naming rule task <-> substitution")
                    .isEqualTo(name);
        });
    }

    @Test
    void everyFunction_runsANamedHandlerOfThisModule_andEveryHandlerIsDeployed() {
        Map<String, String> deployed = new TreeMap<>();
        pipelineFunctions().forEach(function -> deployed.put(handlerOf(function), function));

        assertThat(deployed).hasSize(pipelineFunctions().size());
        assertThat(deployed.keySet()).isEqualTo(handlers.keySet());
        assertThat(map(map(template.get("Globals")).get("Function")).get("Handler")).isEqualTo(QUARKUS_HANDLER);
        assertThat(handlers.keySet()).contains("startPipeline", "ingestFromDrive", "landFile", "planBatch",
                "runSqlStep", "checkSqlStep", "finishRun", "failRun");
    }

    @Test
    void everyTask_retriesAndCatches() throws IOException {
        List<String> tasks = new ArrayList<>();
        collectTasks(new ObjectMapper().readTree(definition), tasks, new ArrayList<>());

        assertThat(tasks).isNotEmpty().allSatisfy(problem -> assertThat(problem).endsWith(": ok"));
    }

    @Test
    void theObjectCreatedRule_matchesExactlyTheKeysTheStartHandlerAccepts() {
        Map<String, Object> events = map(properties("StartPipelineFunction").get("Events"));
        assertThat(events).hasSize(1);
        Map<String, Object> rule = map(events.values().iterator().next());
        assertThat(rule.get("Type")).isEqualTo("EventBridgeRule");
        Map<String, Object> pattern = map(map(rule.get("Properties")).get("Pattern"));

        assertThat(list(pattern.get("source"))).containsExactly("aws.s3");
        assertThat(list(pattern.get("detail-type"))).containsExactly("Object Created");
        Map<String, Object> detail = map(pattern.get("detail"));
        assertThat(list(map(detail.get("bucket")).get("name"))).containsExactly(Map.of("Ref", "BucketName"));
        Set<String> prefixes = list(map(detail.get("object")).get("key")).stream()
                .map(entry -> String.valueOf(map(entry).get("prefix"))).collect(Collectors.toCollection(TreeSet::new));
        assertThat(prefixes).isEqualTo(StartPipelineTask.DATASET_PREFIXES.stream().map(p -> "bronze/" + p + "/")
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void everyFunction_hasItsOwnRoleAndLogGroup_withRetention() {
        for (String function : functions()) {
            Map<String, Object> properties = properties(function);
            assertThat(properties).as(function + ": no SAM policies (they bring a managed policy on \"*\")")
                    .doesNotContainKey("Policies");
            String role = String.valueOf(list(map(properties.get("Role")).get("Fn::GetAtt")).getFirst());
            assertThat(resources.get(role).get("Type")).as(function).isEqualTo("AWS::IAM::Role");
            String logGroup = String.valueOf(map(map(properties.get("LoggingConfig")).get("LogGroup")).get("Ref"));
            assertThat(resources.get(logGroup).get("Type")).as(function).isEqualTo("AWS::Logs::LogGroup");
            assertThat(properties(logGroup)).as(function).containsKey("RetentionInDays");
        }
    }

    @Test
    void theDashboard_isItsOwnPackage_behindAThrottledHttpApi_andOnlyReads() throws IOException {
        Map<String, Object> dashboard = properties(DASHBOARD_FUNCTION);
        String codeUri = String.valueOf(dashboard.get("CodeUri"));
        assertThat(codeUri).isEqualTo(DASHBOARD_MODULE + "/target/function.zip");
        assertThat(Files.readString(repository.resolve(DASHBOARD_MODULE + "/src/main/resources/application.properties")))
                .contains("lakehouse.engine=athena");
        Map<String, Object> variables = map(map(dashboard.get("Environment")).get("Variables"));
        // The database prefix under the functions' key, set once in Globals for every function, the dashboard too.
        assertThat(variables).doesNotContainKey("LAKEHOUSE_ATHENA_PREFIX").doesNotContainKey("LAKEHOUSE_DATABASE_PREFIX");
        assertThat(globalVariables()).containsEntry("LAKEHOUSE_DATABASE_PREFIX", Map.of("Ref", "StackPrefix"));
        assertThat(variables.get("LAKEHOUSE_EXPORT_BUCKET")).isEqualTo(Map.of("Ref", "BucketName"));

        Map<String, Object> events = map(dashboard.get("Events"));
        assertThat(events.values()).isNotEmpty().allSatisfy(event -> {
            assertThat(map(event).get("Type")).isEqualTo("HttpApi");
            assertThat(map(map(event).get("Properties")).get("Method")).isEqualTo("GET");
        });
        String api = String.valueOf(map(map(map(events.values().iterator().next()).get("Properties")).get("ApiId"))
                .get("Ref"));
        assertThat(map(properties(api).get("DefaultRouteSettings"))).containsKeys("ThrottlingBurstLimit",
                "ThrottlingRateLimit");

        String role = String.valueOf(list(map(dashboard.get("Role")).get("Fn::GetAtt")).getFirst());
        assertThat(properties(role)).as("no shared pipeline policy").doesNotContainKey("ManagedPolicyArns");
        List<Map<String, Object>> statements = branches(properties(role).get("Policies")).stream()
                .flatMap(policy -> statements(map(map(policy).get("PolicyDocument"))).stream()).toList();
        List<String> actions = statements.stream().flatMap(st -> list(st.get("Action")).stream())
                .map(String::valueOf).toList();
        assertThat(actions).filteredOn(a -> a.startsWith("glue:")).allMatch(a -> a.startsWith("glue:Get"));
        for (Map<String, Object> statement : statements) {
            if (list(statement.get("Action")).contains("s3:PutObject")) {
                assertThat(branches(statement.get("Resource"))).as("S3 writes").allSatisfy(
                        resource -> assertThat(String.valueOf(map(resource).get("Fn::Sub")))
                                .matches(".*/(athena-results|dashboard-exports)/\\*"));
            }
        }
    }

    @Test
    void everyPolicyStatement_isScopedToTheStacksResources() {
        List<String> checked = new ArrayList<>();
        resources.forEach((name, resource) -> {
            String type = String.valueOf(resource.get("Type"));
            Map<String, Object> properties = map(resource.get("Properties"));
            if (type.equals("AWS::IAM::Role")) {
                for (Object arn : list(properties.getOrDefault("ManagedPolicyArns", List.of()))) {
                    String policy = String.valueOf(map(arn).get("Ref"));
                    assertThat(resources.get(policy)).as(name + " uses only the stack's own managed policies")
                            .isNotNull();
                }
                for (Object policy : branches(properties.getOrDefault("Policies", List.of()))) {
                    statements(map(map(policy).get("PolicyDocument")))
                            .forEach(s -> checked.add(checkStatement(name, s)));
                }
            } else if (type.equals("AWS::IAM::ManagedPolicy")) {
                statements(map(properties.get("PolicyDocument"))).forEach(s -> checked.add(checkStatement(name, s)));
            }
        });

        assertThat(checked).hasSizeGreaterThan(20).allSatisfy(result -> assertThat(result).endsWith(": scoped"));
    }

    @Test
    void theDashboard_reservesNoConcurrencyUnlessOptedIn() {
        // A reservation fails the whole stack on accounts with a low concurrency quota (new accounts: 10 or 50).
        Object reserved = properties(DASHBOARD_FUNCTION).get("ReservedConcurrentExecutions");
        List<?> choice = (List<?>) map(reserved).get("Fn::If");
        assertThat(choice.get(2)).isEqualTo(Map.of("Ref", "AWS::NoValue"));
        String parameter = String.valueOf(map(choice.get(1)).get("Ref"));
        assertThat(map(map(template.get("Parameters")).get(parameter)).get("Default")).isEqualTo(0);
        assertThat(map(template.get("Conditions")).get(String.valueOf(choice.get(0))))
                .isEqualTo(Map.of("Fn::Not", List.of(Map.of("Fn::Equals", List.of(Map.of("Ref", parameter), 0)))));
    }

    @Test
    void theCustomResource_isAnsweredWithinItsServiceTimeout() {
        Map<String, Object> tables = properties("WarehouseTables");
        int serviceTimeout = ((Number) tables.get("ServiceTimeout")).intValue();
        String function = String.valueOf(map(tables.get("ServiceToken")).get("Ref")).replace(".Alias", "");
        int functionTimeout = ((Number) properties(function).get("Timeout")).intValue();

        assertThat(serviceTimeout).as("well below CloudFormation's default hour, above the function's own timeout")
                .isGreaterThan(functionTimeout).isLessThan(3600);
    }

    @Test
    void theBucketAndTheDatabases_outliveTheStack_andAStackCanBeDeployedOntoThem() {
        Set<String> storage = new TreeSet<>();
        resources.forEach((name, resource) -> {
            if (Set.of("AWS::S3::Bucket", "AWS::Glue::Database").contains(resource.get("Type"))) {
                assertThat(resource).as(name).containsEntry("DeletionPolicy", "Retain")
                        .containsEntry("UpdateReplacePolicy", "Retain").containsEntry("Condition", "CreateStorage");
                storage.add(name);
            }
        });
        assertThat(storage).hasSize(5);
        assertThat(map(template.get("Conditions")).get("CreateStorage"))
                .isEqualTo(Map.of("Fn::Equals", List.of(Map.of("Ref", "ExistingBucket"), "false")));

        // With ExistingBucket "true" none of them exists: nothing else may name them outside that condition.
        List<String> unguarded = new ArrayList<>();
        resources.forEach((name, resource) -> {
            if (!"CreateStorage".equals(resource.get("Condition"))) {
                collectReferences(resource, storage, name, unguarded);
            }
        });
        map(template.get("Outputs")).forEach((name, output) -> collectReferences(output, storage, name, unguarded));
        assertThat(unguarded).isEmpty();
    }

    @Test
    void theStateMachinesLogGroup_isAVendedLogsGroup() {
        Map<String, Object> logging = map(stateMachine().get("Logging"));
        Object arn = map(map(list(logging.get("Destinations")).getFirst()).get("CloudWatchLogsLogGroup"))
                .get("LogGroupArn");
        String group = String.valueOf(list(map(arn).get("Fn::GetAtt")).getFirst());

        assertThat(String.valueOf(map(properties(group).get("LogGroupName")).get("Fn::Sub")))
                .startsWith("/aws/vendedlogs/states/");
    }

    @Test
    void everyRoleThatRunsAthena_mayListTheBucketsMultipartUploads() {
        List<String> athenaRoles = new ArrayList<>();
        resources.forEach((name, resource) -> {
            List<Map<String, Object>> statements = new ArrayList<>();
            Map<String, Object> properties = map(resource.getOrDefault("Properties", Map.of()));
            if ("AWS::IAM::ManagedPolicy".equals(resource.get("Type"))) {
                statements.addAll(statements(map(properties.get("PolicyDocument"))));
            } else if ("AWS::IAM::Role".equals(resource.get("Type"))) {
                branches(properties.getOrDefault("Policies", List.of()))
                        .forEach(policy -> statements.addAll(statements(map(map(policy).get("PolicyDocument")))));
            }
            List<Object> actions = statements.stream().flatMap(st -> list(st.get("Action")).stream()).toList();
            if (actions.contains("athena:StartQueryExecution")) {
                athenaRoles.add(name);
                assertThat(actions).as(name).contains("s3:ListBucketMultipartUploads");
            }
        });
        assertThat(athenaRoles).contains("WarehouseAccessPolicy", "DashboardRole");
    }

    @Test
    void theTemplate_carriesNoTrackerNotes() throws IOException {
        assertThat(Files.readString(repository.resolve("template.yaml"))).doesNotContainPattern("\\(issue \\d+\\)");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Every Ref, GetAtt or Sub of one of {@code targets} in a value, except in the true branch of a CreateStorage If. */
    private static void collectReferences(Object value, Set<String> targets, String where, List<String> found) {
        if (value instanceof Map<?, ?> m) {
            if (m.get("Fn::If") instanceof List<?> parts && "CreateStorage".equals(parts.get(0))) {
                collectReferences(parts.get(2), targets, where, found);
                return;
            }
            Object ref = m.get("Ref");
            Object getAtt = m.get("Fn::GetAtt");
            Object sub = m.get("Fn::Sub");
            for (String target : targets) {
                if (target.equals(ref) || (getAtt instanceof List<?> att && target.equals(att.getFirst()))
                        || (sub instanceof String text && text.matches("(?s).*\\$\\{" + target + "[.}].*"))) {
                    found.add(where + " -> " + target);
                }
            }
            m.values().forEach(v -> collectReferences(v, targets, where, found));
        } else if (value instanceof List<?> items) {
            items.forEach(v -> collectReferences(v, targets, where, found));
        }
    }

    private static String checkStatement(String owner, Map<String, Object> statement) {
        List<String> actions = list(statement.get("Action")).stream().map(String::valueOf).toList();
        List<Object> statementResources = branches(statement.get("Resource"));
        String label = owner + " " + statement.getOrDefault("Sid", actions);
        if (!"Allow".equals(statement.get("Effect"))) {
            return label + ": not an Allow";
        }
        if (actions.stream().anyMatch(a -> a.contains("*"))) {
            return label + ": wildcard action " + actions;
        }
        if (statementResources.isEmpty()) {
            return label + ": no resource";
        }
        for (Object resource : statementResources) {
            if ("*".equals(resource)) {
                if (!UNSCOPED_ACTIONS.containsAll(actions)) {
                    return label + ": Resource \"*\" for actions AWS can scope " + actions;
                }
            } else if (resource instanceof String literal) {
                return label + ": literal resource " + literal + " names nothing of the stack";
            } else if (!referencesTheStack(resource)) {
                return label + ": resource " + resource + " names nothing of the stack";
            }
        }
        return label + ": scoped";
    }

    /** A Ref or GetAtt of a resource or parameter, or a Sub string that names one (AWS::* pseudo-parameters aside). */
    private static boolean referencesTheStack(Object resource) {
        Map<String, Object> function = map(resource);
        if (function.containsKey("Ref") || function.containsKey("Fn::GetAtt")) {
            return true;
        }
        if (function.get("Fn::Sub") instanceof String text) {
            return java.util.regex.Pattern.compile("\\$\\{(?!AWS::)[A-Za-z0-9.]+}").matcher(text).find()
                    || text.endsWith(":catalog") || text.endsWith(":datacatalog/AwsDataCatalog");
        }
        if (function.containsKey("Fn::If")) {
            return branches(resource).stream().allMatch(DeploymentStructureTest::referencesTheStack);
        }
        return false;
    }

    private static void collectTasks(JsonNode graph, List<String> tasks, List<String> path) {
        graph.path("States").properties().forEach(entry -> {
            JsonNode state = entry.getValue();
            switch (state.path("Type").asText()) {
                case "Task" -> tasks.add(entry.getKey() + (state.path("Retry").isEmpty() ? ": no Retry"
                        : state.path("Catch").isEmpty() ? ": no Catch" : ": ok"));
                case "Parallel" -> state.path("Branches").forEach(branch -> collectTasks(branch, tasks, path));
                case "Map" -> collectTasks(state.has("ItemProcessor") ? state.get("ItemProcessor")
                        : state.path("Iterator"), tasks, path);
                default -> {
                    // no tasks inside
                }
            }
        });
    }

    /** The statements of a policy document, with both branches of any Fn::If. */
    private static List<Map<String, Object>> statements(Map<String, Object> document) {
        return branches(document.get("Statement")).stream().map(DeploymentStructureTest::map).toList();
    }

    /** A value or list of values, with Fn::If expanded into both branches and AWS::NoValue dropped. */
    private static List<Object> branches(Object value) {
        List<Object> out = new ArrayList<>();
        for (Object item : value instanceof List<?> items ? items : value == null ? List.of() : List.of(value)) {
            if (item instanceof Map<?, ?> m && m.containsKey("Fn::If")) {
                List<?> parts = (List<?>) m.get("Fn::If");
                out.addAll(branches(parts.get(1)));
                out.addAll(branches(parts.get(2)));
            } else if (!(item instanceof Map<?, ?> m && "AWS::NoValue".equals(m.get("Ref")))) {
                out.add(item);
            }
        }
        return out;
    }

    private static List<String> functions() {
        return resources.entrySet().stream().filter(e -> "AWS::Serverless::Function".equals(e.getValue().get("Type")))
                .map(Map.Entry::getKey).toList();
    }

    /** The functions that run this module's package (the Globals' CodeUri): all but the dashboard. */
    private static List<String> pipelineFunctions() {
        List<String> pipeline = functions().stream().filter(f -> !properties(f).containsKey("CodeUri")).toList();
        assertThat(functions()).as("functions with a package of their own")
                .containsExactlyInAnyOrderElementsOf(concat(pipeline, DASHBOARD_FUNCTION));
        return pipeline;
    }

    private static List<String> concat(List<String> list, String element) {
        List<String> all = new ArrayList<>(list);
        all.add(element);
        return all;
    }

    private static String handlerOf(String function) {
        return String.valueOf(map(map(properties(function).get("Environment")).get("Variables"))
                .get("QUARKUS_LAMBDA_HANDLER"));
    }

    private static Map<String, Object> stateMachine() {
        List<String> machines = resources.entrySet().stream()
                .filter(e -> "AWS::Serverless::StateMachine".equals(e.getValue().get("Type"))).map(Map.Entry::getKey)
                .toList();
        assertThat(machines).hasSize(1);
        return properties(machines.getFirst());
    }

    /** The environment variables Globals gives every function. */
    private static Map<String, Object> globalVariables() {
        return map(map(map(map(template.get("Globals")).get("Function")).get("Environment")).get("Variables"));
    }

    private static Map<String, Object> properties(String resource) {
        assertThat(resources).containsKey(resource);
        return map(resources.get(resource).get("Properties"));
    }

    /** The {@code @Named} Lambda handlers of this module, by name, found by scanning its compiled classes. */
    private static Map<String, Class<?>> namedHandlers() throws Exception {
        Path classes = Path.of(StartPipelineHandler.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, Class<?>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type = Class.forName(name, false, DeploymentStructureTest.class.getClassLoader());
                Named named = type.getAnnotation(Named.class);
                if (RequestHandler.class.isAssignableFrom(type) && named != null) {
                    assertThat(found.put(named.value(), type)).as("two handlers named " + named.value()).isNull();
                }
            }
        }
        return found;
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("template.yaml"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("template.yaml above " + Path.of("").toAbsolutePath()).isNotNull();
        return dir;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return new LinkedHashMap<>((Map<String, Object>) value);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return value instanceof List<?> items ? (List<Object>) items : List.of(value);
    }
}
