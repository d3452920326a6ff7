package org.nhlakehouse.trino.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.engine.SqlDialect;
import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.engine.SqlValue;
import org.nhlakehouse.core.landing.Dataset;
import org.nhlakehouse.core.pipeline.Batch;
import org.nhlakehouse.core.pipeline.PipelineListener;
import org.nhlakehouse.core.pipeline.RunReport;
import org.nhlakehouse.core.pipeline.Warehouse;
import org.nhlakehouse.core.sql.DdlRenderer;
import org.nhlakehouse.core.sql.PipelineStep;
import org.nhlakehouse.core.sql.RenderContext;
import org.nhlakehouse.core.sql.SqlCatalog;
import org.nhlakehouse.core.sql.WarehouseNames;
import org.nhlakehouse.core.testing.Samples;
import org.nhlakehouse.local.LocalFsObjectStore;
import org.nhlakehouse.localrun.testing.PipelineFixture;
import org.nhlakehouse.localrun.testing.PipelineFixture.Pbj;
import org.nhlakehouse.statemachine.Execution;
import org.nhlakehouse.trino.testing.TrinoLakehouse;
import org.nhlakehouse.trino.testing.TrinoTest;

/**
 * The SQL shipped for Athena, run for real: the whole pipeline (the same state machine, the same tasks) on Trino 476
 * over Iceberg tables, with every SELECT, INSERT and MERGE rendered in the Athena form. Its Gold equals the embedded
 * engine's Gold on the real CMS samples (plus a file of bad rows), table by table, row by row.
 */
@TrinoTest
class AthenaFormOnTrinoTest {

    private static final WarehouseNames NAMES = WarehouseNames.prefixed("nhl");
    private static final String[] SAMPLES = { "Payroll_Based_Journal_Daily_Nurse_Staffing_2023_Q2.csv",
            "PBJ_Daily_Nurse_Staffing_Q2_2024.csv", "ProviderInfo_2023_11_RI_excerpt.csv",
            "ProviderInfo_2023_11_WV_excerpt.csv", "ProviderInfo_2024_12_AL_excerpt.csv" };

    @TempDir
    Path dir;

    private Path input() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        for (String sample : SAMPLES) {
            Files.copy(Samples.path(sample), input.resolve(sample));
            Files.setLastModifiedTime(input.resolve(sample), java.nio.file.attribute.FileTime.from(
                    Instant.parse("2024-12-01T00:00:00Z")));
        }
        Files.writeString(input.resolve("bad-rows.csv"), new Pbj()
                .row("015009", "AL", "20240401", "-3", "10", "20", "100")
                .row("015009", "AL", "20240402", "50", "ten", "20", "100")
                .row("0150X", "AL", "20240403", "50", "10", "20", "100")
                .row("015010", "AL", "20240404", "50", "10", "20", "100")
                .row("015010", "AL", "20240404", "52", "10", "20", "100").build());
        Files.setLastModifiedTime(input.resolve("bad-rows.csv"), java.nio.file.attribute.FileTime.from(
                Instant.parse("2025-01-01T00:00:00Z")));
        return input;
    }

    @Test
    void theAthenaFormOnTrino_producesTheSameGoldAsTheEmbeddedEngine(TrinoLakehouse trino) throws Exception {
        Path input = input();

        Map<String, List<List<Object>>> duckdbGold;
        try (PipelineFixture duckdb = new PipelineFixture(dir.resolve("duckdb"))) {
            duckdb.lakehouse().ingest(input);
            duckdb.lakehouse().run("reference", PipelineListener.NONE);
            duckdbGold = new LinkedHashMap<>();
            for (String relation : PipelineFixture.GOLD) {
                duckdbGold.put(relation, normalized(duckdb.lakehouse().engine(), "select * from " + relation));
            }
        }

        Execution execution = trino.runPipeline(trino.warehouse(NAMES), input, "athena-form-on-trino");
        assertThat(execution.succeeded()).as(execution.report()).isTrue();
        RunReport report = RunReport.fromExecutionOutput(execution.name(), execution.output(), 0);
        assertThat(report.summary().rowsRejected()).isEqualTo(4);

        for (String relation : PipelineFixture.GOLD) {
            String trinoRelation = relation.replace("gold.", NAMES.gold() + ".");
            assertThat(normalized(trino.engine(), "select * from " + trinoRelation)).as(relation)
                    .isEqualTo(duckdbGold.get(relation));
        }
        assertThat(trino.engine().query("select count(*) from " + NAMES.gold()
                + ".rpt_cms_conformance where all_match").singleLong()).isEqualTo(50);
    }

    @Test
    void everyStepRunOnTrino_isByteForByteTheAthenaForm() {
        SqlCatalog catalog = SqlCatalog.load();
        Batch batch = new Batch("run", LocalDateTime.of(2026, 1, 1, 0, 0),
                Map.of(Dataset.PBJ_DAILY_NURSE_STAFFING, List.of("0123456789abcdef")));
        Warehouse onTrino = new Warehouse(new org.nhlakehouse.trino.TrinoSqlEngine(
                org.nhlakehouse.trino.TrinoEngineSettings.of("jdbc:trino://127.0.0.1:1", "iceberg",
                        java.util.Optional.empty(), "render-only")),
                new LocalFsObjectStore(dir), catalog, NAMES,
                new DdlRenderer(org.nhlakehouse.core.engine.EngineKind.TRINO, NAMES, "local:///", "hive"));
        RenderContext athena = RenderContext.of(SqlDialect.ATHENA);
        for (String schema : List.of("bronze", "silver", "gold", "ops")) {
            athena = athena.withIdentifier(schema, NAMES.of(schema));
        }
        athena = athena.withLiteral("batch_id", new SqlValue.Text(batch.batchId()))
                .withLiteral("run_id", new SqlValue.Text("run"))
                .withLiteral("now", new SqlValue.TimestampValue(batch.now()))
                .withLiteralList("batch_file_ids", List.of(new SqlValue.Text("0123456789abcdef")));
        for (PipelineStep step : catalog.steps()) {
            assertThat(onTrino.stepStatement(step, batch).sql()).as(step.id()).isEqualTo(athena.render(step.template()));
        }
    }

    /** Rows as comparable values (decimals without trailing zeros, doubles to 9 decimals), sorted. */
    private static List<List<Object>> normalized(SqlEngine engine, String query) {
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : engine.query(query).rows()) {
            List<Object> values = new ArrayList<>();
            for (Object value : row) {
                values.add(switch (value) {
                    case Double d -> BigDecimal.valueOf(d).setScale(9, RoundingMode.HALF_EVEN).stripTrailingZeros();
                    case BigDecimal d -> d.stripTrailingZeros();
                    case null -> null;
                    default -> value;
                });
            }
            rows.add(values);
        }
        rows.sort(Comparator.comparing(Object::toString));
        return rows;
    }
}
