package org.nhlakehouse.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.nhlakehouse.core.engine.EngineKind;
import org.nhlakehouse.core.engine.SqlValue;
import org.nhlakehouse.core.landing.Dataset;
import org.nhlakehouse.core.sql.DdlRenderer;
import org.nhlakehouse.core.sql.PipelineStep;
import org.nhlakehouse.core.sql.RenderContext;
import org.nhlakehouse.core.sql.SqlCatalog;
import org.nhlakehouse.core.sql.TableSpec;
import org.nhlakehouse.core.sql.ViewSpec;
import org.nhlakehouse.core.sql.WarehouseNames;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lakehouse render-sql --engine athena}: every statement as an engine would run it, to read or paste. */
@Command(name = "render-sql", description = "Print the DDL and every pipeline step rendered for an engine, with "
        + "placeholder batch values, e.g. to paste into the Athena console.")
final class RenderSqlCommand implements Callable<Integer> {

    @Option(names = "--engine", defaultValue = "athena", description = "duckdb, athena or trino (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--prefix", defaultValue = "nhl", description = "Athena/Trino: Glue database prefix (default: ${DEFAULT-VALUE}).")
    String prefix;

    @Option(names = "--storage-root", defaultValue = "s3://my-lakehouse-bucket", description = "Where objects live as the engine addresses them (default: ${DEFAULT-VALUE}).")
    String storageRoot;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        EngineKind kind = EngineKind.valueOf(engine.toUpperCase(java.util.Locale.ROOT));
        WarehouseNames names = kind == EngineKind.DUCKDB ? WarehouseNames.defaults() : WarehouseNames.prefixed(prefix);
        DdlRenderer ddl = new DdlRenderer(kind, names, storageRoot, "hive");
        SqlCatalog catalog = SqlCatalog.load();
        RenderContext context = RenderContext.of(kind.dialect());
        for (String schema : new String[] { "bronze", "silver", "gold", "ops" }) {
            context = context.withIdentifier(schema, names.of(schema));
        }
        RenderContext batch = context.withLiteral("batch_id", new SqlValue.Text("0123456789abcdef"))
                .withLiteral("run_id", new SqlValue.Text("example-run"))
                .withLiteral("now", new SqlValue.TimestampValue(java.time.LocalDateTime.of(2026, 1, 1, 0, 0)))
                .withLiteralList("batch_file_ids", java.util.List.of(new SqlValue.Text("0123456789abcdef")));
        ddl.createSchemas().forEach(sql -> statement(out, "schema", sql));
        for (TableSpec table : catalog.tables()) {
            statement(out, table.schema() + "." + table.name(), ddl.createTable(table));
        }
        for (Dataset dataset : Dataset.values()) {
            statement(out, "bronze." + dataset.bronzeTable(), ddl.createBronzeTable(dataset));
        }
        for (ViewSpec view : catalog.views()) {
            statement(out, view.schema() + "." + view.name(), ddl.createView(view, context.render(view.select())));
        }
        for (PipelineStep step : catalog.steps()) {
            statement(out, "step " + step.id() + ": " + step.title(), batch.render(step.template()));
        }
        return LakehouseCli.OK;
    }

    private static void statement(PrintWriter out, String title, String sql) {
        out.println("-- " + title);
        out.println(sql.strip() + ";");
        out.println();
    }
}
