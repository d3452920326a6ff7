package org.nhlakehouse.dashboard.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nhlakehouse.core.engine.SqlDialect;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.sql.WarehouseNames;

/** Every dashboard query renders for both engines from one source, with the stack's schema names on Athena. */
class DashboardSqlTest {

    static Stream<String> templates() throws IOException, URISyntaxException {
        Path root = Path.of(DashboardSql.class.getClassLoader().getResource("dashboard-sql").toURI());
        try (Stream<Path> files = Files.list(root)) {
            return files.map(p -> p.getFileName().toString().replace(".sql", "")).sorted().toList().stream();
        }
    }

    /** The template with a value for each of its named parameters and a filter condition where it takes them. */
    static ViewQuery withPlaceholders(String template) {
        ViewQuery query = ViewQuery.of(template);
        String source = new DashboardSql(SqlDialect.DUCKDB, WarehouseNames.defaults()).template(template).source()
                .replaceAll("--[^\n]*", "");
        java.util.regex.Matcher names = java.util.regex.Pattern.compile("(?<!:):([a-z_][a-z0-9_]*)").matcher(source);
        while (names.find()) {
            query = query.with(names.group(1), "x");
        }
        if (source.contains("{{ filters }}")) {
            query = query.where(List.of(Condition.of("1 = :one", "one", 1L)));
        }
        return query.withIdentifier("sort", "ccn").withIdentifier("direction", "desc")
                .withIdentifier("metric", "total_hprd").withIdentifier("rating", "overall_rating")
                .withLiteral("offset", 0L).withLiteral("limit", 50L);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void rendersForAthena_withPrefixedSchemas_andNoDuckDbOnlySyntax(String template) {
        SqlStatement athena = new DashboardSql(SqlDialect.ATHENA, WarehouseNames.prefixed("nhl_prod"))
                .statement(withPlaceholders(template));

        assertThat(athena.sql()).doesNotContain("{{").doesNotContain("read_parquet").doesNotContain("::")
                .doesNotContainPattern("\\bgold\\.").doesNotContainPattern("\\bops\\.")
                .doesNotContain("quantile_cont").doesNotContain("isodow");
        assertThat(athena.sql()).containsAnyOf("nhl_prod_gold.", "nhl_prod_ops.");
    }

    @ParameterizedTest
    @MethodSource("templates")
    void rendersForDuckDb(String template) {
        SqlStatement duckdb = new DashboardSql(SqlDialect.DUCKDB, WarehouseNames.defaults())
                .statement(withPlaceholders(template));

        assertThat(duckdb.sql()).doesNotContain("{{");
    }

    @org.junit.jupiter.api.Test
    void anIdentifierThatIsNotAnIdentifier_isRefused() {
        DashboardSql sql = new DashboardSql(SqlDialect.DUCKDB, WarehouseNames.defaults());

        assertThatThrownBy(() -> sql.statement(ViewQuery.of("state_ranking").withIdentifier("metric",
                "total_hprd from x; --"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sql.statement(ViewQuery.of("../secrets"))).isInstanceOf(
                IllegalArgumentException.class);
    }

    @org.junit.jupiter.api.Test
    void userValues_travelAsParameters_neverInTheText() {
        SqlStatement statement = new DashboardSql(SqlDialect.ATHENA, WarehouseNames.prefixed("nhl"))
                .statement(ViewQuery.of("facility_days").with("quarter", "2023Q2").with("ccn", "335513"));

        assertThat(statement.sql()).doesNotContain("335513").doesNotContain("2023Q2");
        assertThat(statement.parameters()).extracting(p -> p.javaValue()).containsExactly("2023Q2", "335513");
        assertThat(List.of(statement.sql().split("\\?", -1))).hasSize(3);
    }
}
