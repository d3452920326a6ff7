package org.nhlakehouse.trino.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.engine.SqlExecutionException;
import org.nhlakehouse.core.landing.Dataset;
import org.nhlakehouse.core.pipeline.Ingest;
import org.nhlakehouse.core.pipeline.Warehouse;
import org.nhlakehouse.core.sql.DdlRenderer;
import org.nhlakehouse.core.sql.SqlCatalog;
import org.nhlakehouse.core.sql.WarehouseNames;
import org.nhlakehouse.core.tasks.Notifier;
import org.nhlakehouse.core.tasks.PipelineServices;
import org.nhlakehouse.core.testing.Samples;
import org.nhlakehouse.local.FolderDocumentSource;
import org.nhlakehouse.local.LocalFsObjectStore;
import org.nhlakehouse.localrun.LocalPipeline;
import org.nhlakehouse.statemachine.Execution;
import org.nhlakehouse.statemachine.time.ScaledClock;
import org.nhlakehouse.trino.TrinoSqlEngine;
import org.nhlakehouse.trino.testing.TrinoLakehouse;
import org.nhlakehouse.trino.testing.TrinoTest;

/**
 * Athena writes at most 100 partitions per statement (HIVE_TOO_MANY_OPEN_PARTITIONS). The test server enforces the same
 * cap per statement (one writer per statement, {@code iceberg.max-partitions-per-writer=100}, writer scaling off;
 * TrinoServerConfig), so a table partitioned finer than a batch allows fails here as it would on Athena; and the shipped
 * sample whose one facility spans 102 months runs through the whole pipeline into year-partitioned tables.
 */
@TrinoTest
class PartitionCapOnTrinoTest {

    private static final WarehouseNames NAMES = WarehouseNames.prefixed("cap");
    private static final String SAMPLE = "facility_335513_complete_data.csv";

    @TempDir
    Path dir;

    @Test
    void aStatementWritingMoreThan100Partitions_failsAsOnAthena(TrinoLakehouse trino) {
        TrinoSqlEngine engine = trino.engine();
        trino.createSchema("cap_months");
        engine.query("create table if not exists cap_months.by_month (d date, v bigint)"
                + " with (format = 'PARQUET', partitioning = ARRAY['month(d)'])");

        assertThat(engine.query("insert into cap_months.by_month select date_add('month', n, date '2017-01-01'), n"
                + " from unnest(sequence(0, 99)) t(n)").stats().rowsWritten()).isEqualTo(100);
        assertThatThrownBy(() -> engine.query("insert into cap_months.by_month"
                + " select date_add('month', n, date '2017-01-01'), n from unnest(sequence(0, 100)) t(n)"))
                .isInstanceOfSatisfying(SqlExecutionException.class,
                        e -> assertThat(e.errorType()).contains("TOO_MANY_OPEN_PARTITIONS"));
    }

    @Test
    void theSampleOfOneFacilityOver102Months_runsThroughThePipeline_butWouldNotByMonth(TrinoLakehouse trino)
            throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.copy(Samples.path(SAMPLE), input.resolve(SAMPLE));
        Path root = Files.createDirectories(trino.localRoot().resolve("partition-cap"));
        for (Dataset dataset : Dataset.values()) {
            Files.createDirectories(root.resolve("bronze-rows").resolve(dataset.id()));
        }
        LocalFsObjectStore store = new LocalFsObjectStore(root);
        TrinoSqlEngine engine = trino.engine();
        Warehouse warehouse = new Warehouse(engine, store, SqlCatalog.load(), NAMES,
                new DdlRenderer(engine.kind(), NAMES, trino.location("partition-cap"), TrinoLakehouse.HIVE_CATALOG));
        warehouse.setUp();
        new Ingest(new FolderDocumentSource(input), store).copyAll();
        PipelineServices services = new PipelineServices(warehouse, false, PipelineServices.DEFAULT_LEASE, true,
                Clock.systemUTC(), Notifier.NONE);

        Execution execution = new LocalPipeline(services, new ScaledClock(0.1), UnaryOperator.identity())
                .run("partition-cap", services.landing().newKeys());

        assertThat(execution.succeeded()).as(execution.report()).isTrue();
        String months = "select count(distinct date_trunc('month', work_date)) from ";
        assertThat(engine.query(months + NAMES.silver() + ".pbj_daily").singleLong()).isGreaterThan(100);
        assertThat(engine.query(months + NAMES.gold() + ".fct_facility_day").singleLong()).isGreaterThan(100);

        engine.query("create table if not exists " + NAMES.silver() + ".pbj_daily_by_month"
                + " with (format = 'PARQUET', partitioning = ARRAY['month(work_date)'])"
                + " as select * from " + NAMES.silver() + ".pbj_daily with no data");
        assertThatThrownBy(() -> engine.query("insert into " + NAMES.silver() + ".pbj_daily_by_month select * from "
                + NAMES.silver() + ".pbj_daily"))
                .isInstanceOfSatisfying(SqlExecutionException.class,
                        e -> assertThat(e.errorType()).contains("TOO_MANY_OPEN_PARTITIONS"));
    }
}
