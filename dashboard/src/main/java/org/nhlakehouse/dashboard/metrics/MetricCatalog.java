package org.nhlakehouse.dashboard.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import org.nhlakehouse.core.sql.ColumnSpec;
import org.nhlakehouse.core.sql.SqlCatalog;
import org.nhlakehouse.core.sql.TableSpec;

/**
 * The metric definitions, read from the same declarations the SQL is built from ({@code sql/tables/gold.yaml}): each
 * Gold column's description, unit, formula and CMS source. The sources' full citations are the bracketed entries in
 * that file's header.
 */
@Singleton
public class MetricCatalog {

    private static final Pattern SOURCE = Pattern.compile("^#\\s+\\[(\\w+)]\\s+(.*)$");
    private static final Pattern CONTINUATION = Pattern.compile("^#\\s{4,}(\\S.*)$");

    private final List<TableDefinitions> tables;
    private final Map<String, String> sources;

    /** A Gold table and its columns' definitions. */
    public record TableDefinitions(String name, String description, List<MetricDefinition> columns) {
    }

    /** A cited CMS document. */
    public record Source(String key, String citation) {
    }

    public MetricCatalog() {
        this.sources = sources(read("sql/tables/gold.yaml"));
        List<TableDefinitions> gold = new ArrayList<>();
        for (TableSpec table : SqlCatalog.load().tables()) {
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

    /** The {@code [KEY] citation} entries of the YAML header comment, continuation lines joined. */
    static Map<String, String> sources(String yaml) {
        Map<String, String> sources = new LinkedHashMap<>();
        String current = null;
        for (String line : yaml.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            Matcher source = SOURCE.matcher(line);
            Matcher continuation = CONTINUATION.matcher(line);
            if (source.matches()) {
                current = source.group(1);
                sources.put(current, source.group(2).strip());
            } else if (current != null && continuation.matches()) {
                sources.put(current, sources.get(current) + " " + continuation.group(1).strip());
            } else {
                current = null;
            }
        }
        return sources;
    }

    private static String read(String resource) {
        try (InputStream in = MetricCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath (the sql module)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
