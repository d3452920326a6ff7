package org.nhlakehouse.functions.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.nhlakehouse.core.pipeline.Ingest;
import org.nhlakehouse.core.pipeline.Warehouse;
import org.nhlakehouse.core.tasks.PipelineServices;
import org.nhlakehouse.core.tasks.PipelineTask;
import org.nhlakehouse.core.testing.Samples;
import org.nhlakehouse.local.FolderDocumentSource;
import org.nhlakehouse.localrun.LocalLakehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.arc.properties.IfBuildProperty;

/**
 * The application's local lakehouse as the handler tests see it: puts raw files in place, runs the tasks that come
 * before the handler under test (in-process, on the same beans the function uses), and queries the result. Each
 * test starts from {@link #reset()}: empty databases and an empty bucket folder, tables created as on a fresh stack.
 */
@Singleton
@IfBuildProperty(name = "lakehouse.engine", stringValue = "local")
public class TestLakehouse {

    @Inject
    Warehouse warehouse;
    @Inject
    LocalLakehouse local;
    @Inject
    PipelineServices services;

    /** Drops every database, empties the bucket folder and creates the tables again. */
    public void reset() throws IOException {
        dropEverything();
        warehouse.setUp();
    }

    /** Drops every database and empties the bucket folder: a stack before its tables are created. */
    public void dropEverything() throws IOException {
        for (String schema : warehouse.names().asMap().values()) {
            warehouse.execute("reset " + schema, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
        try (var entries = Files.list(local.store().root())) {
            entries.forEach(TestFiles::deleteRecursively);
        }
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    public PipelineServices services() {
        return services;
    }

    /** Copies a real CMS sample into raw Bronze as the Drive poll would, and returns its key. */
    public String ingestSample(String sampleName) throws IOException {
        return ingest(sampleName, Files.readAllBytes(Samples.path(sampleName)));
    }

    /** Copies a file with this content into raw Bronze as the Drive poll would, and returns its key. */
    public String ingest(String fileName, String content) throws IOException {
        return ingest(fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    private String ingest(String fileName, byte[] content) throws IOException {
        Path folder = Files.createTempDirectory("functions-drop-");
        try {
            Files.write(folder.resolve(fileName), content);
            List<Ingest.Copied> copied = new Ingest(new FolderDocumentSource(folder), local.store()).copyAll();
            return copied.getFirst().key();
        } finally {
            TestFiles.deleteRecursively(folder);
        }
    }

    /** Runs a task in-process, as a step that precedes the handler under test. */
    public JsonNode task(String name, JsonNode input) throws Exception {
        for (PipelineTask task : services.tasks()) {
            if (task.name().equals(name)) {
                return task.apply(input);
            }
        }
        throw new IllegalArgumentException("No task " + name);
    }

    /** Lands the files and plans a batch for them, as the state machine does before its SQL steps. */
    public JsonNode landAndPlan(String execution, String... keys) throws Exception {
        ObjectNode plan = Lambda.JSON.createObjectNode().put("execution", execution);
        for (String key : keys) {
            plan.withArray("landed").add(task("landFile", Lambda.JSON.createObjectNode().put("key", key)
                    .put("execution", execution)));
        }
        return task("planBatch", plan);
    }

    /** A step of a plan by its id (e.g. {@code stg_pbj_daily}). */
    public static JsonNode step(JsonNode plan, String id) {
        for (JsonNode stage : plan.path("stages")) {
            for (JsonNode step : stage) {
                if (step.path("id").asText().equals(id)) {
                    return step;
                }
            }
        }
        throw new IllegalArgumentException("No step " + id + " in " + plan.path("stages"));
    }

    /** The input of "Start the query" for one step of a plan, as the state machine's Map states build it. */
    public static ObjectNode stepInput(JsonNode plan, JsonNode step, String execution) {
        ObjectNode input = Lambda.JSON.createObjectNode().put("execution", execution);
        input.set("step", step);
        input.set("batch", plan.path("batch"));
        return input;
    }

    /** Runs every SQL step of a plan, stage by stage, each started then checked until it is done. */
    public void runAllSteps(JsonNode plan, String execution) throws Exception {
        for (JsonNode stage : plan.path("stages")) {
            for (JsonNode step : stage) {
                ObjectNode input = stepInput(plan, step, execution);
                input.set("query", task("runSqlStep", input));
                JsonNode status = task("checkSqlStep", input);
                while (status.path("state").asText().equals("RUNNING")) {
                    status = task("checkSqlStep", input);
                }
            }
        }
    }

    public List<Map<String, Object>> query(String sql, Object... parameters) {
        return local.engine().query(sql, parameters).asMaps();
    }

    /** A logical schema's actual name, e.g. {@code ops} → {@code nhl_test_ops}. */
    public String schema(String logical) {
        return warehouse.names().of(logical);
    }
}
