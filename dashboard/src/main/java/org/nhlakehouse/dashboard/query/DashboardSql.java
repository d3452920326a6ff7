package org.nhlakehouse.dashboard.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.nhlakehouse.core.engine.SqlDialect;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.engine.SqlValue;
import org.nhlakehouse.core.sql.RenderContext;
import org.nhlakehouse.core.sql.SqlTemplate;
import org.nhlakehouse.core.sql.WarehouseNames;

/**
 * The dashboard's read queries: templates in {@code dashboard-sql/} written once for DuckDB and Athena (the schema
 * variables {@code {{ gold }}}, {@code {{ ops }}}, {@code {{ silver }}} and the dialect macros of
 * {@link org.nhlakehouse.core.sql.SqlMacros}), rendered through {@link RenderContext}, which admits only checked
 * identifiers and escaped literals into the SQL text.
 */
public final class DashboardSql {

    private static final String ROOT = "dashboard-sql/";
    /** Where a template takes the page's filter conditions. */
    private static final String FILTERS = "{{ filters }}";

    private final SqlDialect dialect;
    private final WarehouseNames names;
    private final Map<String, SqlTemplate> templates = new ConcurrentHashMap<>();

    public DashboardSql(SqlDialect dialect, WarehouseNames names) {
        this.dialect = dialect;
        this.names = names;
    }

    /** The statement for a query: rendered text with positional places, plus their values in order. */
    public SqlStatement statement(ViewQuery query) {
        RenderContext context = RenderContext.of(dialect)
                .withIdentifier("gold", names.gold())
                .withIdentifier("ops", names.ops())
                .withIdentifier("silver", names.silver());
        for (Map.Entry<String, String> identifier : query.identifiers().entrySet()) {
            context = context.withIdentifier(identifier.getKey(), identifier.getValue());
        }
        for (Map.Entry<String, SqlValue> literal : query.literals().entrySet()) {
            context = context.withLiteral(literal.getKey(), literal.getValue());
        }
        String label = "dashboard " + query.template();
        NamedParameters.Bound bound = NamedParameters.bind(label, context.render(withFilters(query)),
                query.allParameters());
        return new SqlStatement(bound.sql(), bound.values(), Optional.empty(), label);
    }

    /**
     * The template with the query's filter conditions at its {@code {{ filters }}}: SQL text written in code, so it
     * may become part of the template; its values stay named parameters.
     */
    private SqlTemplate withFilters(ViewQuery query) {
        SqlTemplate template = template(query.template());
        if (!template.source().contains(FILTERS)) {
            if (!query.filters().isEmpty()) {
                throw new IllegalArgumentException("Query " + query.template() + " takes no filters");
            }
            return template;
        }
        String conditions = query.filters().isEmpty() ? "true"
                : query.filters().stream().map(c -> "(" + c.sql() + ")").collect(Collectors.joining("\n    and "));
        return SqlTemplate.parse(template.name(), template.source().replace(FILTERS, conditions));
    }

    SqlTemplate template(String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a template name: " + name);
        }
        return templates.computeIfAbsent(name, DashboardSql::load);
    }

    private static SqlTemplate load(String name) {
        String path = ROOT + name + ".sql";
        try (InputStream in = DashboardSql.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No query " + path + " on the classpath");
            }
            return SqlTemplate.parse(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
