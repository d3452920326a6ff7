package org.nhlakehouse.dashboard.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import org.nhlakehouse.core.sql.ColumnSpec;
import org.nhlakehouse.core.sql.SqlCatalog;
import org.nhlakehouse.core.sql.TableSpec;

/**
 * The metric definitions, read from the same declarations the SQL is built from ({@code sql/tables/gold.yaml}): each
 * Gold column's description, unit, formula and CMS source, with the sources' full citations.
 */
@Singleton
public class MetricCatalog {

    private final List<TableDefinitions> tables;
    private final Map<String, String> sources;

    /** A Gold table and its columns' definitions. */
    public record TableDefinitions(String name, String description, List<MetricDefinition> columns) {
    }

    /** A cited CMS document. */
    public record Source(String key, String citation) {
    }

    public MetricCatalog() {
        SqlCatalog catalog = SqlCatalog.load();
        this.sources = catalog.sources();
        List<TableDefinitions> gold = new ArrayList<>();
        for (TableSpec table : catalog.tables()) {
            if (!table.schema().equals("gold")) {
                continue;
            }
            List<MetricDefinition> columns = new ArrayList<>();
            for (ColumnSpec column : table.columns()) {
                columns.add(new MetricDefinition(table.name(), column.name(), column.description(),
                        column.unit().orElse(""), column.formula().orElse(""),
                        column.source().map(key -> "[" + key + "] " + sources.getOrDefault(key, "")).orElse("")));
            }
            gold.add(new TableDefinitions(table.name(), table.description() == null ? "" : table.description(),
                    columns));
        }
        this.tables = List.copyOf(gold);
    }

    public List<TableDefinitions> tables() {
        return tables;
    }

    public List<Source> sources() {
        return sources.entrySet().stream().map(e -> new Source(e.getKey(), e.getValue())).toList();
    }
}
