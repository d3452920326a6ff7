package org.nhlakehouse.trino;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nhlakehouse.core.engine.QueryHandle;
import org.nhlakehouse.core.engine.QueryState;
import org.nhlakehouse.core.engine.QueryStatus;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.trino.testing.TrinoLakehouse;
import org.nhlakehouse.trino.testing.TrinoTest;

/**
 * SQL that the pipeline must not rely on, because Trino 476 rejects it (some of it is Athena-only DDL or maintenance,
 * some DuckDB-only syntax), and nearby forms that do work. If a Trino upgrade starts accepting one, this test says so
 * and engine-trino/README.md is updated.
 */
@TrinoTest
class TrinoSqlFeaturesTest {

    private final TrinoLakehouse lakehouse;
    private final TrinoSqlEngine engine;

    TrinoSqlFeaturesTest(TrinoLakehouse lakehouse) {
        this.lakehouse = lakehouse;
        this.engine = lakehouse.engine();
    }

    @BeforeEach
    void createTable() {
        lakehouse.createSchema("features");
        engine.query("create table if not exists features.daily (ccn varchar, work_date date, hours decimal(12,4))"
                + " with (format = 'PARQUET', partitioning = ARRAY['month(work_date)'])");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "MERGE ... WHEN NOT MATCHED BY SOURCE|merge into features.daily t using (select 'x' as ccn) s on t.ccn = s.ccn when not matched by source then delete|SYNTAX_ERROR",
            "QUALIFY (DuckDB)|select ccn from features.daily qualify row_number() over (partition by ccn order by work_date) = 1|SYNTAX_ERROR",
            "GROUP BY ALL (DuckDB)|select ccn, count(*) from features.daily group by all|COLUMN_NOT_FOUND",
            "INSERT OVERWRITE|insert overwrite features.daily select * from features.daily|SYNTAX_ERROR",
            "CREATE VIEW IF NOT EXISTS|create view if not exists features.v as select 1 as x|SYNTAX_ERROR",
            "Athena OPTIMIZE ... REWRITE DATA|optimize features.daily rewrite data using bin_pack|SYNTAX_ERROR",
            "Athena VACUUM|vacuum features.daily|SYNTAX_ERROR",
            "Athena MSCK REPAIR TABLE|msck repair table features.daily|SYNTAX_ERROR",
            "Athena ALTER TABLE ADD PARTITION|alter table features.daily add partition (ccn = 'x')|SYNTAX_ERROR",
            "Athena CREATE EXTERNAL TABLE|create external table features.ext (a string) location 'local:///ext/'|SYNTAX_ERROR",
    })
    void rejected(String feature, String sql, String errorName) {
        QueryStatus status = run(sql);

        assertThat(status.state()).as(feature).isEqualTo(QueryState.FAILED);
        assertThat(status.errorType()).as(feature).contains(errorName);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "MERGE ... WHEN MATCHED AND ... THEN DELETE|merge into features.daily t using (select 'x' as ccn) s on t.ccn = s.ccn when matched and t.hours > 0 then delete",
            "Trino table maintenance (Athena: OPTIMIZE)|alter table features.daily execute optimize",
            "Hidden $path column|select \"$path\" from features.daily",
            "Iceberg metadata table|select count(*) from features.\"daily$snapshots\"",
            "Parsing helpers shared with Athena|select date_parse('04/01/2024', '%m/%d/%Y'), try_cast('x' as integer), from_iso8601_date('2024-04-01'), date_format(date '2024-04-01', '%Y-%m')",
    })
    void accepted(String feature, String sql) {
        QueryStatus status = run(sql);

        assertThat(status.state()).as(feature + ": " + status.errorMessage().orElse(""))
                .isEqualTo(QueryState.SUCCEEDED);
    }

    private QueryStatus run(String sql) {
        QueryHandle handle = engine.submit(SqlStatement.of(sql));
        try {
            return engine.await(handle, Duration.ofMinutes(2));
        } finally {
            engine.release(handle);
        }
    }
}
