package org.nhlakehouse.core.metrics;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.nhlakehouse.core.sql.ColumnSpec;
import org.nhlakehouse.core.sql.SqlCatalog;
import org.nhlakehouse.core.sql.TableSpec;

/**
 * The metric definitions as people read them, written from the same declarations the SQL is built on
 * ({@code sql/tables/gold.yaml}): docs/metrics.md and the dashboard's metrics page.
 */
public final class MetricsDocument {

    private MetricsDocument() {
    }

    /** The tables whose metrics are documented, in order. */
    public static final List<String> TABLES = List.of("fct_facility_quarter", "fct_facility_day", "agg_state_quarter",
            "dim_facility");

    /** Markdown for docs/metrics.md. */
    public static String markdown(SqlCatalog catalog) {
        StringBuilder out = new StringBuilder();
        out.append("# Metric definitions\n\n")
                .append("Generated from `sql/tables/gold.yaml` (the declarations the SQL is built on) by `MetricsDocumentTest`;")
                .append(" do not edit by hand. The dashboard's metrics page shows the same text.\n\n")
                .append("Sources:\n\n");
        catalog.sources().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(s -> out.append("- **[").append(s.getKey()).append("]** ").append(s.getValue()).append("\n"));
        for (String name : TABLES) {
            TableSpec table = catalog.table("gold", name);
            out.append("\n## gold.").append(name).append("\n\n").append(table.description()).append("\n\n")
                    .append("| column | unit | definition | source |\n|---|---|---|---|\n");
            for (ColumnSpec column : table.columns()) {
                out.append("| `").append(column.name()).append("` | ").append(column.unit().orElse(""))
                        .append(" | ").append(escape(column.description()))
                        .append(column.formula().map(f -> " Formula: `" + f + "`.").orElse("")).append(" | ")
                        .append(column.source().map(s -> "[" + s + "]").orElse("")).append(" |\n");
            }
        }
        return out.toString();
    }

    /** The documented metric columns (those with a unit), for pages that list them. */
    public static List<ColumnSpec> metrics(SqlCatalog catalog, String table) {
        return catalog.table("gold", table).columns().stream().filter(c -> c.unit().isPresent())
                .collect(Collectors.toList());
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
