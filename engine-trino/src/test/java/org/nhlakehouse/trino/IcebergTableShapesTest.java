package org.nhlakehouse.trino;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.core.engine.SqlExecutionException;
import org.nhlakehouse.trino.testing.TrinoLakehouse;
import org.nhlakehouse.trino.testing.TrinoTest;

/** The Silver/Gold table shapes and statements the pipeline needs, on Iceberg tables in Trino. */
@TrinoTest
class IcebergTableShapesTest {

    private final TrinoSqlEngine engine;

    IcebergTableShapesTest(TrinoLakehouse lakehouse) {
        this.engine = lakehouse.engine();
        lakehouse.createSchema("shapes");
    }

    @Test
    void aMonthPartitionedTable_keepsDecimalSumsExact() {
        createDailyTable("exact_sums");
        QueryResult insert = engine.query("insert into shapes.exact_sums"
                + " select '015009', date '2024-01-01' + (x % 90) * interval '1' day, decimal '0.0001' * x, 1"
                + " from unnest(sequence(1, 1000)) t(x)");

        QueryResult sum = engine.query("select sum(hours) as total, typeof(sum(hours)) as type from shapes.exact_sums");
        QueryResult partitions = engine.query("select count(*) from shapes.\"exact_sums$partitions\"");

        assertThat(insert.stats().rowsWritten()).isEqualTo(1000);
        // 0.0001 * (1 + ... + 1000) = 50.05 exactly; a double sum would drift.
        assertThat(sum.asMaps().getFirst()).containsEntry("total", new BigDecimal("50.0500"))
                .containsEntry("type", "decimal(38,4)");
        assertThat(partitions.singleLong()).isEqualTo(3);
    }

    @Test
    void merge_withAWindowedSource_updatesNewerRows_andInsertsNewOnes() {
        createDailyTable("merged");
        engine.query("insert into shapes.merged values ('015009', date '2024-04-01', 1.2500, 1),"
                + " ('015009', date '2024-04-02', 2.3333, 5), ('51A009', date '2024-05-01', 0.0001, 1)");

        QueryResult merge = engine.query("""
                MERGE INTO shapes.merged t
                USING (
                    WITH incoming AS (
                        SELECT * FROM (VALUES
                            ('015009', DATE '2024-04-01', DECIMAL '5.0000', 3),
                            ('015009', DATE '2024-04-01', DECIMAL '4.0000', 2),
                            ('015009', DATE '2024-04-02', DECIMAL '9.0000', 4),
                            ('99X999', DATE '2024-06-01', DECIMAL '1.0000', 1)
                        ) AS v (ccn, work_date, hours, source_rank)
                    ),
                    ranked AS (
                        SELECT ccn, work_date, hours, source_rank,
                               row_number() OVER (PARTITION BY ccn, work_date ORDER BY source_rank DESC) AS rn
                        FROM incoming
                    )
                    SELECT ccn, work_date, hours, source_rank FROM ranked WHERE rn = 1
                ) s
                ON t.ccn = s.ccn AND t.work_date = s.work_date
                WHEN MATCHED AND s.source_rank > t.source_rank THEN
                    UPDATE SET hours = s.hours, source_rank = s.source_rank
                WHEN NOT MATCHED THEN
                    INSERT (ccn, work_date, hours, source_rank) VALUES (s.ccn, s.work_date, s.hours, s.source_rank)
                """);

        assertThat(merge.stats().rowsWritten()).isEqualTo(2);
        assertThat(engine.query("select ccn, work_date, hours, source_rank from shapes.merged order by ccn, work_date")
                .rows()).containsExactly(
                        List.of("015009", LocalDate.of(2024, 4, 1), new BigDecimal("5.0000"), 3L),
                        List.of("015009", LocalDate.of(2024, 4, 2), new BigDecimal("2.3333"), 5L),
                        List.of("51A009", LocalDate.of(2024, 5, 1), new BigDecimal("0.0001"), 1L),
                        List.of("99X999", LocalDate.of(2024, 6, 1), new BigDecimal("1.0000"), 1L));
    }

    @Test
    void merge_withTwoSourceRowsForOneTargetRow_failsWithMergeTargetRowMultipleMatches() {
        createDailyTable("ambiguous");
        engine.query("insert into shapes.ambiguous values ('015009', date '2024-04-01', 1, 1)");

        assertThatThrownBy(() -> engine.query("merge into shapes.ambiguous t using (select * from (values"
                + " ('015009', date '2024-04-01'), ('015009', date '2024-04-01')) v(ccn, work_date)) s"
                + " on t.ccn = s.ccn and t.work_date = s.work_date when matched then update set hours = 9"))
                .isInstanceOf(SqlExecutionException.class)
                .satisfies(e -> assertThat(((SqlExecutionException) e).errorType())
                        .isEqualTo("MERGE_TARGET_ROW_MULTIPLE_MATCHES"));
    }

    @Test
    void deleteWhere_insertSelect_andUpdate_reportRowsWritten() {
        createDailyTable("dml_source");
        createDailyTable("dml_target");
        engine.query("insert into shapes.dml_source values ('015009', date '2024-04-01', 1, 1),"
                + " ('015009', date '2024-04-02', 2, 1), ('415002', date '2024-05-01', 3, 1)");

        QueryResult inserted = engine.query("insert into shapes.dml_target select * from shapes.dml_source"
                + " where work_date >= ?", LocalDate.of(2024, 4, 2));
        QueryResult deleted = engine.query("delete from shapes.dml_target where ccn = ?", "415002");
        QueryResult updated = engine.query("update shapes.dml_target set hours = hours + 1 where ccn = ?", "015009");

        assertThat(inserted.stats().rowsWritten()).isEqualTo(2);
        assertThat(deleted.stats().rowsWritten()).isEqualTo(1);
        assertThat(updated.stats().rowsWritten()).isEqualTo(1);
        assertThat(engine.query("select ccn, hours from shapes.dml_target").rows())
                .containsExactly(List.of("015009", new BigDecimal("3.0000")));
    }

    @Test
    void createOrReplaceView_replacesTheDefinition() {
        createDailyTable("viewed");
        engine.query("insert into shapes.viewed values ('015009', date '2024-04-01', 1.5, 1),"
                + " ('015009', date '2024-04-02', 2.5, 1)");

        engine.query("create or replace view shapes.viewed_totals as"
                + " select ccn, sum(hours) as hours from shapes.viewed group by ccn");
        QueryResult first = engine.query("select * from shapes.viewed_totals");
        engine.query("create or replace view shapes.viewed_totals as"
                + " select ccn, count(*) as days from shapes.viewed group by ccn");
        QueryResult replaced = engine.query("select * from shapes.viewed_totals");

        assertThat(first.asMaps()).containsExactly(java.util.Map.of("ccn", "015009", "hours", new BigDecimal("4.0000")));
        assertThat(replaced.columnNames()).containsExactly("ccn", "days");
        assertThat(replaced.rows()).containsExactly(List.of("015009", 2L));
    }

    /** The Trino rendering of a Silver table's DDL (Athena's is TBLPROPERTIES ('table_type'='ICEBERG', ...)). */
    private void createDailyTable(String name) {
        engine.query("drop table if exists shapes." + name);
        engine.query("create table shapes." + name + " (ccn varchar, work_date date, hours decimal(12,4),"
                + " source_rank bigint) with (format = 'PARQUET', partitioning = ARRAY['month(work_date)'])");
    }
}
