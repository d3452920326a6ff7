package org.nhlakehouse.core.sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.nhlakehouse.core.landing.Dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Everything in {@code sql/}, loaded from the classpath: the table declarations, the views, the ordered pipeline
 * steps and the statements the pipeline's code runs itself (recording a landed file, a run). Parsing fails fast, at
 * load time, with the file and line of a mistake.
 */
public final class SqlCatalog {

    private static final String ROOT = "sql/";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, TableSpec> tables;
    private final Map<String, String> sources;
    private final Map<String, Measure> measures;
    private final List<ViewSpec> views;
    private final List<PipelineStep> steps;
    private final Map<String, SqlTemplate> statements;

    private SqlCatalog(Map<String, TableSpec> tables, Map<String, String> sources, Map<String, Measure> measures,
            List<ViewSpec> views, List<PipelineStep> steps, Map<String, SqlTemplate> statements) {
        this.tables = tables;
        this.sources = sources;
        this.measures = measures;
        this.views = views;
        this.steps = steps;
        this.statements = statements;
    }

    /** Loads the catalog from the classpath of this class's loader (the sql module's jar). */
    public static SqlCatalog load() {
        return load(SqlCatalog.class.getClassLoader());
    }

    public static SqlCatalog load(ClassLoader loader) {
        Map<String, TableSpec> tables = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, Measure> measures = new LinkedHashMap<>();
        for (String schema : List.of("ops", "silver", "gold")) {
            JsonNode file = readTree(loader, "tables/" + schema + ".yaml");
            for (TableSpec table : TableCatalog.parse(file)) {
                tables.put(table.schema() + "." + table.name(), table);
            }
            sources.putAll(TableCatalog.sources(file));
            measures.putAll(TableCatalog.measures(file));
        }
        Map<String, Function<List<String>, String>> unkeyed = DeclaredMacros.of(tables, measures, Optional.empty());
        JsonNode manifest = readTree(loader, "manifest.yaml");
        List<ViewSpec> views = new ArrayList<>();
        for (JsonNode view : manifest.path("views")) {
            String file = view.asText();
            String[] parts = file.replace(".sql", "").split("/");
            views.add(new ViewSpec(parts[0], parts[1], template(loader, file).bind(Map.of(), unkeyed)));
        }
        List<PipelineStep> steps = new ArrayList<>();
        for (JsonNode step : manifest.path("steps")) {
            String file = step.path("file").asText();
            String name = file.substring(file.lastIndexOf('/') + 1).replace(".sql", "");
            Optional<Dataset> dataset = step.hasNonNull("dataset")
                    ? Optional.of(Dataset.byId(step.get("dataset").asText()).orElseThrow(
                            () -> new IllegalArgumentException("manifest.yaml: unknown dataset in step " + name)))
                    : Optional.empty();
            Optional<TableSpec> keyed = keyedTable(tables, step, name, dataset);
            // One file run once per dataset (keyed by a table) is one step per dataset: <file>__<dataset>.
            String id = keyed.isPresent() ? name + "__" + dataset.orElseThrow().id() : name;
            SqlTemplate template = template(loader, file).bind(keyed.map(t -> DeclaredMacros.keyedVariables(tables, t,
                    dataset.orElseThrow())).orElse(Map.of()), DeclaredMacros.of(tables, measures, keyed));
            steps.add(new PipelineStep(id, step.path("title").asText(id),
                    PipelineStep.Phase.valueOf(step.path("phase").asText().toUpperCase(java.util.Locale.ROOT)), dataset,
                    PipelineStep.Kind.valueOf(step.path("kind").asText("dml").toUpperCase(java.util.Locale.ROOT)),
                    template));
        }
        Map<String, SqlTemplate> statements = new LinkedHashMap<>();
        for (JsonNode statement : manifest.path("statements")) {
            String file = statement.asText();
            statements.put(file.replace(".sql", ""), template(loader, file).bind(Map.of(), unkeyed));
        }
        return new SqlCatalog(tables, Collections.unmodifiableMap(sources), Collections.unmodifiableMap(measures),
                List.copyOf(views), List.copyOf(steps), statements);
    }

    /** The table a step is run for ({@code table: silver.pbj_daily} in the manifest), if any; it needs a dataset. */
    private static Optional<TableSpec> keyedTable(Map<String, TableSpec> tables, JsonNode step, String name,
            Optional<Dataset> dataset) {
        if (!step.hasNonNull("table")) {
            return Optional.empty();
        }
        TableSpec table = tables.get(step.get("table").asText());
        if (table == null || dataset.isEmpty()) {
            throw new IllegalArgumentException("manifest.yaml: step " + name + " needs a dataset and a declared table,"
                    + " got table " + step.get("table").asText());
        }
        return Optional.of(table);
    }

    /** The ratio measures declared in {@code sql/tables/gold.yaml}, by name, in file order. */
    public Map<String, Measure> measures() {
        return measures;
    }

    /** The documents the metric columns cite: key (a column's {@code source}) to full citation, in file order. */
    public Map<String, String> sources() {
        return sources;
    }

    public List<TableSpec> tables() {
        return List.copyOf(tables.values());
    }

    public TableSpec table(String schema, String name) {
        TableSpec table = tables.get(schema + "." + name);
        if (table == null) {
            throw new IllegalArgumentException("No table " + schema + "." + name + " in sql/tables/");
        }
        return table;
    }

    public List<ViewSpec> views() {
        return views;
    }

    public List<PipelineStep> steps() {
        return steps;
    }

    public PipelineStep step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No pipeline step " + id + " in sql/manifest.yaml"));
    }

    /** A statement the pipeline's code runs itself, by its path without {@code .sql}, e.g. {@code ops/file_log__record}. */
    public SqlTemplate statement(String name) {
        SqlTemplate template = statements.get(name);
        if (template == null) {
            throw new IllegalArgumentException("No statement " + name + " listed in sql/manifest.yaml");
        }
        return template;
    }

    /** Every template in the catalog: views, steps and statements. */
    public List<SqlTemplate> allTemplates() {
        List<SqlTemplate> all = new ArrayList<>();
        views.forEach(v -> all.add(v.select()));
        steps.forEach(s -> all.add(s.template()));
        all.addAll(statements.values());
        return all;
    }

    private static SqlTemplate template(ClassLoader loader, String file) {
        return SqlTemplate.parse(file, read(loader, file));
    }

    private static JsonNode readTree(ClassLoader loader, String file) {
        try {
            return YAML.readTree(read(loader, file));
        } catch (IOException e) {
            throw new IllegalArgumentException("sql/" + file + ": " + e.getMessage(), e);
        }
    }

    private static String read(ClassLoader loader, String file) {
        try (InputStream in = loader.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalArgumentException(
                        "sql/" + file + " is not on the classpath (is the sql module a dependency?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
