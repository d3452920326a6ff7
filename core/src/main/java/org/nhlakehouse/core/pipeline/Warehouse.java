package org.nhlakehouse.core.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.engine.SqlValue;
import org.nhlakehouse.core.landing.Dataset;
import org.nhlakehouse.core.sql.DdlRenderer;
import org.nhlakehouse.core.sql.PipelineStep;
import org.nhlakehouse.core.sql.RenderContext;
import org.nhlakehouse.core.sql.SqlCatalog;
import org.nhlakehouse.core.sql.SqlTemplate;
import org.nhlakehouse.core.sql.TableSpec;
import org.nhlakehouse.core.sql.ViewSpec;
import org.nhlakehouse.core.sql.WarehouseNames;
import org.nhlakehouse.core.storage.ObjectStore;

/**
 * The lakehouse on one engine and one object store: renders the catalog's SQL for that engine and runs it. The same
 * class serves the local runner and the Lambda handlers.
 */
public final class Warehouse {

    static final String MAINTENANCE_PREFIX = "maintain__";
    private static final Pattern WRITE_TARGET = Pattern.compile(
            "(?i)\\b(?:merge\\s+into|insert\\s+into|delete\\s+from|update)\\s+\\{\\{\\s*(\\w+)\\s*}}\\.(\\w+)");

    private final SqlEngine engine;
    private final ObjectStore store;
    private final SqlCatalog catalog;
    private final WarehouseNames names;
    private final DdlRenderer ddl;

    public Warehouse(SqlEngine engine, ObjectStore store, SqlCatalog catalog, WarehouseNames names, DdlRenderer ddl) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.store = Objects.requireNonNull(store, "store");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.names = Objects.requireNonNull(names, "names");
        this.ddl = Objects.requireNonNull(ddl, "ddl");
    }

    public SqlEngine engine() {
        return engine;
    }

    public ObjectStore store() {
        return store;
    }

    public SqlCatalog catalog() {
        return catalog;
    }

    public WarehouseNames names() {
        return names;
    }

    public DdlRenderer ddl() {
        return ddl;
    }

    /** The context every statement renders with: the engine's dialect and the schema names. */
    public RenderContext baseContext() {
        RenderContext context = RenderContext.of(engine.kind().dialect());
        for (String schema : List.of("bronze", "silver", "gold", "ops")) {
            context = context.withIdentifier(schema, names.of(schema));
        }
        return context;
    }

    /** The context of a batch's steps: schemas, plus the batch's id, file ids, run id and clock. */
    public RenderContext batchContext(Batch batch) {
        return batchContext(batch, Set.of());
    }

    /** The batch's context without some of its files: they are left out of its file ids, the batch id stays. */
    private RenderContext batchContext(Batch batch, Set<String> leftOutFileIds) {
        return baseContext()
                .withLiteral("batch_id", new SqlValue.Text(batch.batchId()))
                .withLiteral("run_id", new SqlValue.Text(batch.runId()))
                .withLiteral("now", new SqlValue.TimestampValue(batch.now()))
                .withLiteralList("batch_file_ids", batch.allFileIds().stream()
                        .filter(id -> !leftOutFileIds.contains(id)).map(SqlValue.Text::new).toList());
    }

    /** A step by id: one of the catalog's, or a maintenance step ({@link #maintenanceSteps}). */
    public PipelineStep step(String id) {
        if (id.startsWith(MAINTENANCE_PREFIX)) {
            String[] parts = id.substring(MAINTENANCE_PREFIX.length()).split("__");
            if (parts.length == 3 && parts[2].matches("\\d{1,2}")) {
                TableSpec table = catalog.table(parts[0], parts[1]);
                List<String> statements = ddl.maintenance(table);
                int index = Integer.parseInt(parts[2]);
                if (index < statements.size()) {
                    return maintenanceStep(table, index, statements.get(index));
                }
            }
            throw new IllegalArgumentException("No maintenance step " + id + " on " + engine.kind());
        }
        return catalog.step(id);
    }

    /**
     * Iceberg maintenance of the tables these steps write (MERGE, INSERT, DELETE or UPDATE into a table of the
     * catalog), one step per statement of {@link DdlRenderer#maintenance}, in the steps' order; none on DuckDB.
     * Staging tables are cleared and refilled every batch and MERGE leaves delete files: without it, small files,
     * delete files and snapshots pile up for ever.
     */
    public List<PipelineStep> maintenanceSteps(List<PipelineStep> steps) {
        Set<TableSpec> written = new LinkedHashSet<>();
        for (PipelineStep step : steps) {
            Matcher target = WRITE_TARGET.matcher(step.template().source());
            while (target.find()) {
                catalog.tables().stream()
                        .filter(t -> t.schema().equals(target.group(1)) && t.name().equals(target.group(2)))
                        .forEach(written::add);
            }
        }
        List<PipelineStep> maintenance = new ArrayList<>();
        for (TableSpec table : written) {
            List<String> statements = ddl.maintenance(table);
            for (int i = 0; i < statements.size(); i++) {
                maintenance.add(maintenanceStep(table, i, statements.get(i)));
            }
        }
        return maintenance;
    }

    private static PipelineStep maintenanceStep(TableSpec table, int index, String sql) {
        String id = MAINTENANCE_PREFIX + table.schema() + "__" + table.name() + "__" + index;
        String action = sql.split(" ")[0].equals("VACUUM") || sql.contains("expire_snapshots")
                || sql.contains("remove_orphan_files") ? "Expire old snapshots of " : "Compact ";
        return new PipelineStep(id, action + table.schema() + "." + table.name(), PipelineStep.Phase.FINISH,
                Optional.empty(), PipelineStep.Kind.DML, SqlTemplate.parse(id, sql));
    }

    /** A pipeline step rendered for this engine and batch. */
    public SqlStatement stepStatement(PipelineStep step, Batch batch) {
        return stepStatement(step, batch, Set.of());
    }

    /**
     * A pipeline step rendered for a batch some of whose files were refused while it ran ({@link PoisonedFiles}):
     * they are left out of its file ids (the batch id stays the batch's), so no step reads them any more.
     */
    public SqlStatement stepStatement(PipelineStep step, Batch batch, Set<String> refusedFileIds) {
        return SqlStatement.of(batchContext(batch, refusedFileIds).render(step.template())).withLabel(step.id());
    }

    public String render(SqlTemplate template, RenderContext context) {
        return context.render(template);
    }

    /** Creates schemas, tables, Bronze tables and views that do not exist yet; safe to run before every run. */
    public void setUp() {
        setUpStatements().forEach(statement -> execute(statement.label(), statement.sql()));
    }

    /**
     * {@link #setUp}, unless the warehouse records that it already holds exactly this DDL: a local run does not pay
     * for some 30 statements at every start. Any change of the rendered DDL (a new table, column or view, another
     * view body, other schema names) changes the fingerprint, and the whole DDL runs as before.
     *
     * @return whether the DDL ran
     */
    public boolean setUpUnlessApplied(AppliedDdl applied) {
        String fingerprint = ddlFingerprint();
        if (applied.fingerprint().filter(fingerprint::equals).isPresent()) {
            return false;
        }
        setUp();
        applied.record(fingerprint);
        return true;
    }

    /** SHA-256 (hex) of every statement {@link #setUp} runs, in order: equal fingerprints, identical DDL. */
    public String ddlFingerprint() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (DdlStatement statement : setUpStatements()) {
                sha256.update(statement.sql().getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record DdlStatement(String label, String sql) {
    }

    private List<DdlStatement> setUpStatements() {
        List<DdlStatement> statements = new ArrayList<>();
        ddl.createSchemas().forEach(sql -> statements.add(new DdlStatement("create schema", sql)));
        for (TableSpec table : catalog.tables()) {
            statements.add(new DdlStatement("create " + table.schema() + "." + table.name(), ddl.createTable(table)));
        }
        for (Dataset dataset : Dataset.values()) {
            statements.add(new DdlStatement("create bronze." + dataset.bronzeTable(), ddl.createBronzeTable(dataset)));
        }
        RenderContext context = baseContext();
        for (ViewSpec view : catalog.views()) {
            statements.add(new DdlStatement("create view " + view.schema() + "." + view.name(),
                    ddl.createView(view, context.render(view.select()))));
        }
        return statements;
    }

    /** Makes a landed file's Bronze rows visible to the engine (see {@link DdlRenderer#registerBronzeFile}). */
    public void registerBronzeFile(Dataset dataset, String fileId) {
        Optional<String> sql = ddl.registerBronzeFile(dataset, fileId);
        sql.ifPresent(statement -> execute("register bronze file " + fileId, statement));
    }

    public QueryResult execute(String label, String sql) {
        return engine.execute(SqlStatement.of(sql).withLabel(label));
    }
}
