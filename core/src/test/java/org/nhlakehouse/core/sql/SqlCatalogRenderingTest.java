package org.nhlakehouse.core.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nhlakehouse.core.engine.EngineKind;
import org.nhlakehouse.core.engine.SqlDialect;
import org.nhlakehouse.core.engine.SqlType;
import org.nhlakehouse.core.engine.SqlValue;
import org.nhlakehouse.core.landing.Dataset;

/** Every statement in sql/ renders for every engine, and the Athena form uses nothing DuckDB-only. */
class SqlCatalogRenderingTest {

    private static final SqlCatalog CATALOG = SqlCatalog.load();

    /** Functions and syntax DuckDB has and Athena (Trino) does not. */
    private static final List<Pattern> DUCKDB_ONLY = List.of(
            Pattern.compile("\\bread_csv\\b"), Pattern.compile("\\bread_parquet\\b"),
            Pattern.compile("\\bregexp_full_match\\b"), Pattern.compile("\\bregexp_matches\\b"),
            Pattern.compile("\\bisodow\\b"), Pattern.compile("\\bstring_agg\\b"), Pattern.compile("\\bstrptime\\b"),
            Pattern.compile("\\bstrftime\\b"), Pattern.compile("\\blist_\\w+"), Pattern.compile("::"),
            Pattern.compile("(?i)\\bexclude\\s*\\("), Pattern.compile("(?i)\\binsert\\s+or\\s+"),
            Pattern.compile("(?i)\\bqualify\\b"), Pattern.compile("(?i)\\bquantile"),
            Pattern.compile("(?i)\\bgroup by all\\b"), Pattern.compile("(?i)\\bby name\\b"));

    /** Functions Athena (Trino) has and DuckDB does not. */
    private static final List<Pattern> ATHENA_ONLY = List.of(Pattern.compile("\\bregexp_like\\b"),
            Pattern.compile("\\bday_of_week\\b"), Pattern.compile("\\barray_join\\b"), Pattern.compile("\\btry\\("),
            Pattern.compile("\\bdate_parse\\b"), Pattern.compile("\\bapprox_percentile\\b"));

    private static RenderContext context(SqlDialect dialect) {
        return RenderContext.of(dialect)
                .withIdentifier("bronze", "nhl_bronze").withIdentifier("silver", "nhl_silver")
                .withIdentifier("gold", "nhl_gold").withIdentifier("ops", "nhl_ops")
                .withLiteral("batch_id", new SqlValue.Text("0123456789abcdef"))
                .withLiteral("run_id", new SqlValue.Text("run-1"))
                .withLiteral("now", new SqlValue.TimestampValue(LocalDateTime.of(2026, 1, 1, 0, 0)))
                .withLiteralList("batch_file_ids", List.of(new SqlValue.Text("0123456789abcdef")))
                .withLiteral("file_id", new SqlValue.Text("0123456789abcdef"));
    }

    /** The statements the runner fills with a file's or a run's values: render them with typed nulls. */
    private static RenderContext withRecordValues(RenderContext context, SqlTemplate template) {
        for (String variable : template.variables()) {
            try {
                context.render(SqlTemplate.parse("probe", "{{ " + variable + " }}"));
            } catch (IllegalArgumentException missing) {
                context = context.withLiteral(variable, new SqlValue.Null(SqlType.VARCHAR));
            }
        }
        return context;
    }

    @ParameterizedTest
    @EnumSource(SqlDialect.class)
    void everyTemplate_rendersWithoutPlaceholdersLeft(SqlDialect dialect) {
        for (SqlTemplate template : CATALOG.allTemplates()) {
            String sql = withRecordValues(context(dialect), template).render(template);
            assertThat(sql).as(template.name()).doesNotContain("{{").doesNotContain("}}").isNotBlank();
        }
    }

    @Test
    void theAthenaForm_isOneStatementWithoutComments_evenWhereTheSourceCommentsHoldSemicolonsAndQuotes() {
        List<String> withSemicolonsInComments = new ArrayList<>();
        for (SqlTemplate template : CATALOG.allTemplates()) {
            String athena = withRecordValues(context(SqlDialect.ATHENA), template).render(template);
            String outsideLiterals = athena.replaceAll("'([^']|'')*'", "''");
            assertThat(outsideLiterals).as(template.name()).doesNotContain("--").doesNotContain("/*")
                    .doesNotContain(";");
            if (template.source().lines().anyMatch(line -> line.contains("--") && line.contains(";"))) {
                withSemicolonsInComments.add(template.name());
            }
        }
        assertThat(withSemicolonsInComments).as("the source still has such comments, so this test means something")
                .isNotEmpty();
    }

    @Test
    void commentStripping_leavesStringLiteralsAndQuotedIdentifiersAlone() {
        assertThat(SqlComments.strip("select '--not; a comment' as \"a--b\", x -- CMS's note; with a quote\n"
                + "from t /* block; 'quote */ where y = 'it''s -- here'\n"))
                .isEqualTo("select '--not; a comment' as \"a--b\", x\nfrom t   where y = 'it''s -- here'\n");
    }

    @Test
    void aSumOrAdditionMergedIntoADecimalColumn_isCastToThatColumnsType() {
        // Athena and Trino type sum(decimal(p,4)) as decimal(38,4) and a + b one digit wider: writing that into a
        // narrower column relies on an implicit narrowing cast. Every such expression says its target type instead.
        Pattern aliased = Pattern.compile("^\\s*(.+?) as ([a-z_0-9]+),?$");
        List<String> implicit = new ArrayList<>();
        int checked = 0;
        for (PipelineStep step : CATALOG.steps()) {
            Optional<TableSpec> target = CATALOG.tables().stream()
                    .filter(t -> t.schema().equals("gold") && t.name().equals(step.id())).findFirst();
            if (target.isEmpty()) {
                continue;
            }
            Map<String, String> decimals = new HashMap<>();
            target.get().columns().stream().filter(c -> c.type().startsWith("decimal"))
                    .forEach(c -> decimals.put(c.name(), c.type()));
            for (String line : step.template().source().lines().toList()) {
                java.util.regex.Matcher m = aliased.matcher(line);
                if (m.matches() && decimals.containsKey(m.group(2))
                        && (m.group(1).contains("sum(") || m.group(1).contains(" + "))) {
                    checked++;
                    if (!(m.group(1).startsWith("cast(") && m.group(1).endsWith(" as " + decimals.get(m.group(2)) + ")"))) {
                        implicit.add(step.id() + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(30);
        assertThat(implicit).isEmpty();
    }

    @Test
    void theAthenaForm_usesNothingDuckDbOnly_andTheDuckDbForm_nothingAthenaOnly() {
        for (SqlTemplate template : CATALOG.allTemplates()) {
            String athena = withRecordValues(context(SqlDialect.ATHENA), template).render(template);
            String duckdb = withRecordValues(context(SqlDialect.DUCKDB), template).render(template);
            for (Pattern pattern : DUCKDB_ONLY) {
                assertThat(pattern.matcher(stripComments(athena)).find()).as(template.name() + " (Athena) uses " + pattern)
                        .isFalse();
            }
            for (Pattern pattern : ATHENA_ONLY) {
                assertThat(pattern.matcher(stripComments(duckdb)).find()).as(template.name() + " (DuckDB) uses " + pattern)
                        .isFalse();
            }
        }
    }

    @Test
    void everyTableAStatementNames_isDeclared() {
        Set<String> known = new HashSet<>();
        CATALOG.tables().forEach(t -> known.add(t.schema() + "." + t.name()));
        CATALOG.views().forEach(v -> known.add(v.schema() + "." + v.name()));
        for (Dataset dataset : Dataset.values()) {
            known.add("bronze." + dataset.bronzeTable());
        }
        Pattern reference = Pattern.compile("\\{\\{ (bronze|silver|gold|ops) }}\\.([a-z_0-9]+)");
        List<String> unknown = new ArrayList<>();
        for (SqlTemplate template : CATALOG.allTemplates()) {
            Matcher matcher = reference.matcher(template.source());
            while (matcher.find()) {
                String name = matcher.group(1) + "." + matcher.group(2);
                if (!known.contains(name)) {
                    unknown.add(template.name() + " -> " + name);
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void everyStep_hasATitle_andSilverStepsBelongToADataset() {
        for (PipelineStep step : CATALOG.steps()) {
            assertThat(step.title()).as(step.id()).isNotBlank().doesNotEndWith(".");
            assertThat(Character.isUpperCase(step.title().charAt(0))).as("sentence case: " + step.title()).isTrue();
            if (step.phase().isSilver()) {
                assertThat(step.dataset()).as(step.id()).isPresent();
            }
        }
        assertThat(CATALOG.steps().stream().map(PipelineStep::id).distinct().count())
                .isEqualTo(CATALOG.steps().size());
    }

    @Test
    void theSupersededRowsSteps_areOneFile_runPerDatasetOnItsTablesDeclaredNaturalKey() {
        Map<String, String> stepByTable = Map.of("superseded_rows__pbj", "pbj_daily", "superseded_rows__provider_info",
                "provider_info", "superseded_rows__collection_intervals", "collection_intervals");
        stepByTable.forEach((id, table) -> {
            PipelineStep step = CATALOG.step(id);
            List<String> key = CATALOG.table("silver", table).key();
            assertThat(step.template().name()).isEqualTo("silver/superseded_rows.sql");
            assertThat(step.dataset().orElseThrow().id()).isEqualTo(id.substring("superseded_rows__".length()));
            assertThat(step.template().source())
                    .contains("s." + key.get(0) + " || '|' || cast(s." + key.get(1) + " as varchar) as natural_key",
                            "join winners as w on w." + key.get(0) + " = s." + key.get(0) + " and w." + key.get(1)
                                    + " = s." + key.get(1),
                            "from {{ silver }}.stg_" + table + " as s", "from {{ silver }}." + table + " as t",
                            "'" + step.dataset().orElseThrow().id() + "' as dataset")
                    .doesNotContain("{{ table }}", "{{ staging_table }}", "{{ dataset_id }}", "natural_key(");
        });
        assertThat(CATALOG.step("superseded_rows__collection_intervals").template().source())
                .contains("t.measure_code || '|' || cast(t.processing_date as varchar) as natural_key");
    }

    @ParameterizedTest
    @EnumSource(EngineKind.class)
    void ddl_rendersForEveryTable_onEveryEngine(EngineKind engine) {
        DdlRenderer ddl = new DdlRenderer(engine, WarehouseNames.prefixed("nhl"),
                engine == EngineKind.ATHENA ? "s3://bucket" : "/warehouse/objects", "hive");
        assertThat(ddl.createSchemas()).hasSize(4);
        for (TableSpec table : CATALOG.tables()) {
            String sql = ddl.createTable(table);
            assertThat(sql).contains(table.name());
            table.columns().forEach(c -> assertThat(sql).contains(c.name()));
            if (engine == EngineKind.ATHENA) {
                assertThat(sql).contains("'table_type' = 'ICEBERG'").doesNotContain(" varchar");
                table.partitionedBy().forEach(p -> assertThat(sql).contains("PARTITIONED BY (" + p));
            }
            if (engine == EngineKind.TRINO && !table.partitionedBy().isEmpty()) {
                assertThat(sql).contains("partitioning = ARRAY['" + table.partitionedBy().getFirst() + "'");
            }
        }
        for (Dataset dataset : Dataset.values()) {
            assertThat(ddl.createBronzeTable(dataset)).contains(dataset.bronzeTable());
        }
    }

    @Test
    void silverAndGold_partitionOnlyBySpecsNoBatchCanPushPast100() {
        // Athena writes at most 100 partitions per statement (INSERT, CTAS, MERGE: HIVE_TOO_MANY_OPEN_PARTITIONS). One
        // state or one month per partition would exceed it (a single facility's sample spans 102 months); years, or
        // the quarter of a table that holds one row per facility-quarter (100 quarters are 25 years of PBJ), cannot.
        for (TableSpec table : CATALOG.tables()) {
            assertThat(table.partitionedBy()).as(table.name())
                    .allMatch(p -> p.matches("year\\(\\w+\\)") || p.equals("quarter"));
        }
        assertThat(CATALOG.table("silver", "pbj_daily").partitionedBy()).containsExactly("year(work_date)");
        assertThat(CATALOG.table("gold", "fct_facility_day").partitionedBy()).containsExactly("year(work_date)");
    }

    @Test
    void bronzeRegistration_differsPerEngine_andRefusesForeignIds() {
        DdlRenderer duckdb = new DdlRenderer(EngineKind.DUCKDB, WarehouseNames.defaults(), "/w/objects", "hive");
        DdlRenderer athena = new DdlRenderer(EngineKind.ATHENA, WarehouseNames.prefixed("nhl"), "s3://b", "hive");
        DdlRenderer trino = new DdlRenderer(EngineKind.TRINO, WarehouseNames.prefixed("nhl"), "local://", "hive");
        String id = "0123456789abcdef";
        assertThat(duckdb.registerBronzeFile(Dataset.PBJ_DAILY_NURSE_STAFFING, id).orElseThrow())
                .contains("read_csv('/w/objects/bronze-rows/pbj/file_id=*/rows.txt*'");
        assertThat(athena.registerBronzeFile(Dataset.PBJ_DAILY_NURSE_STAFFING, id)).isEmpty();
        assertThat(trino.registerBronzeFile(Dataset.PBJ_DAILY_NURSE_STAFFING, id).orElseThrow())
                .contains("register_partition('nhl_bronze', 'pbj_rows', ARRAY['file_id'], ARRAY['" + id + "'])");
        assertThatThrownBy(() -> trino.registerBronzeFile(Dataset.PBJ_DAILY_NURSE_STAFFING, "x'); drop"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String stripComments(String sql) {
        return sql.replaceAll("(?m)--.*$", "");
    }

    @Test
    void aColumnCitingAnUndeclaredSource_failsTheLoad() throws Exception {
        var yaml = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree("""
                        schema: gold
                        sources: {UG: "CMS Technical Users' Guide"}
                        tables:
                          - name: t
                            columns:
                              - {name: a, type: double, source: UG}
                              - {name: b, type: double, source: XX}
                        """);

        assertThatThrownBy(() -> TableCatalog.parse(yaml)).hasMessage(
                "gold.yaml: t.b cites source XX, which is not in the file's sources");
        assertThat(TableCatalog.sources(yaml)).containsExactly(java.util.Map.entry("UG", "CMS Technical Users' Guide"));
    }
}
