package org.nhlakehouse.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.engine.QueryHandle;
import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.core.engine.QueryState;
import org.nhlakehouse.core.engine.QueryStatus;
import org.nhlakehouse.core.engine.ResultColumn;
import org.nhlakehouse.core.engine.ResultPage;
import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.engine.SqlExecutionException;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.engine.SqlType;
import org.nhlakehouse.core.engine.SqlValue;

/**
 * The behaviour every {@link SqlEngine} shares. The statements here are written in the subset of SQL that DuckDB and
 * Athena/Trino both accept, so the same test runs against every adapter.
 */
public abstract class AbstractSqlEngineContractTest {

    protected abstract SqlEngine engine() throws Exception;

    /**
     * A table name (qualified as the engine needs) that a test may create and drop, or empty when the engine under
     * test cannot run DDL in this environment.
     */
    protected Optional<String> scratchTable(String name) {
        return Optional.empty();
    }

    /** Whether a second submit with the same client request token returns the first statement's handle. */
    protected boolean honoursClientRequestTokens() {
        return true;
    }

    /** Whether DML statements report how many rows they wrote. */
    protected boolean reportsRowsWritten() {
        return true;
    }

    @Test
    void select_withTypedParameters_returnsTypedValues() throws Exception {
        SqlEngine engine = engine();
        QueryResult result = engine.execute(SqlStatement.of(
                "select x.ccn, x.census, x.hours, x.day from (values ('015009', 53, 1.25, date '2024-04-01'),"
                        + " ('51A009', 0, 8.5, date '2023-06-28')) as x(ccn, census, hours, day)"
                        + " where x.ccn = ? and x.census >= ? and x.day <= ?",
                "51A009", 0L, LocalDate.of(2023, 12, 31)));

        assertThat(result.columnNames()).containsExactly("ccn", "census", "hours", "day");
        assertThat(result.rows()).hasSize(1);
        List<Object> row = result.rows().getFirst();
        assertThat(row.get(0)).isEqualTo("51A009");
        assertThat(((Number) row.get(1)).longValue()).isZero();
        assertThat(new BigDecimal(row.get(2).toString())).isEqualByComparingTo("8.5");
        assertThat(row.get(3)).isEqualTo(LocalDate.of(2023, 6, 28));
        assertThat(result.columns().get(3).type()).isEqualTo(SqlType.DATE);
    }

    @Test
    void textParameters_areValues_neverSql() throws Exception {
        SqlEngine engine = engine();
        String payload = "x' or '1'='1'; drop table users; --";
        QueryResult result = engine.execute(SqlStatement.of(
                "select count(*) as n from (values ('a'), ('b')) as t(v) where t.v = ?", payload));
        assertThat(result.singleLong()).isZero();

        QueryResult echo = engine.execute(SqlStatement.of(
                "select v from (values ('x'' or ''1''=''1''; drop table users; --')) as t(v) where t.v = ?",
                new SqlValue.Text(payload)));
        assertThat(echo.singleValue()).isEqualTo(payload);
    }

    @Test
    void submit_status_results_pageThroughALargeResult() throws Exception {
        SqlEngine engine = engine();
        QueryHandle handle = engine.submit(SqlStatement.of("select a.x * 100 + b.y as n from (values " + rows(25)
                + ") as a(x) cross join (values " + rows(100) + ") as b(y) order by n"));
        QueryStatus status = engine.await(handle, java.time.Duration.ofMinutes(5));
        assertThat(status.state()).as(status.errorMessage().orElse("")).isEqualTo(QueryState.SUCCEEDED);

        long expected = 0;
        int pages = 0;
        Optional<String> token = Optional.empty();
        do {
            ResultPage page = engine.results(handle, token, 1000);
            assertThat(page.rows().size()).isLessThanOrEqualTo(1000);
            for (List<Object> row : page.rows()) {
                assertThat(((Number) row.getFirst()).longValue()).isEqualTo(expected++);
            }
            token = page.nextPageToken();
            pages++;
        } while (token.isPresent());
        engine.release(handle);

        assertThat(expected).isEqualTo(2500);
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    @Test
    void stream_handsTheColumnsOnce_thenEveryRowInOrder_acrossPages() throws Exception {
        SqlEngine engine = engine();
        List<List<String>> columnCalls = new java.util.ArrayList<>();
        List<Long> values = new java.util.ArrayList<>();
        long count = engine.stream(SqlStatement.of("select a.x * 100 + b.y as n from (values " + rows(25)
                + ") as a(x) cross join (values " + rows(100) + ") as b(y) where a.x >= ? order by n", 0L),
                java.time.Duration.ofMinutes(5), new SqlEngine.RowSink<RuntimeException>() {
                    @Override
                    public void columns(List<ResultColumn> columns) {
                        columnCalls.add(columns.stream().map(ResultColumn::name).toList());
                    }

                    @Override
                    public void row(List<Object> row) {
                        values.add(((Number) row.getFirst()).longValue());
                    }
                });

        assertThat(count).isEqualTo(2500);
        assertThat(columnCalls).containsExactly(List.of("n"));
        assertThat(values).isEqualTo(java.util.stream.LongStream.range(0, 2500).boxed().toList());
    }

    @Test
    void stream_ofAnEmptyResult_stillHandsItsColumns() throws Exception {
        List<String> names = new java.util.ArrayList<>();
        long count = engine().stream(SqlStatement.of("select t.v as v, t.v || 'x' as w from (values ('a')) as t(v)"
                + " where t.v = ?", "none"), java.time.Duration.ofMinutes(5), new SqlEngine.RowSink<RuntimeException>() {
                    @Override
                    public void columns(List<ResultColumn> columns) {
                        columns.forEach(c -> names.add(c.name()));
                    }

                    @Override
                    public void row(List<Object> row) {
                        throw new AssertionError("no row expected, got " + row);
                    }
                });

        assertThat(count).isZero();
        assertThat(names).containsExactly("v", "w");
    }

    @Test
    void stream_ofAFailingStatement_throwsWithItsLabel_andASinksOwnFailurePropagates() throws Exception {
        SqlEngine engine = engine();
        SqlEngine.RowSink<java.io.IOException> failing = new SqlEngine.RowSink<>() {
            @Override
            public void columns(List<ResultColumn> columns) {
            }

            @Override
            public void row(List<Object> row) throws java.io.IOException {
                throw new java.io.IOException("disk full");
            }
        };
        assertThatThrownBy(() -> engine.stream(SqlStatement.of("select * from no_such_table_anywhere")
                .withLabel("export-x"), java.time.Duration.ofMinutes(5), failing))
                .isInstanceOf(SqlExecutionException.class).hasMessageContaining("export-x");
        assertThatThrownBy(() -> engine.stream(SqlStatement.of("select 1 as one"), java.time.Duration.ofMinutes(5),
                failing)).isInstanceOf(java.io.IOException.class).hasMessage("disk full");

        assertThat(engine.execute(SqlStatement.of("select 2 as two")).singleLong()).isEqualTo(2);
    }

    /** {@code (0), (1), ... (n-1)}: one row per value in both DuckDB and Trino. */
    private static String rows(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> "(" + i + ")")
                .collect(java.util.stream.Collectors.joining(", "));
    }

    @Test
    void aFailingStatement_reportsTheEnginesError() throws Exception {
        SqlEngine engine = engine();
        QueryHandle handle = engine.submit(SqlStatement.of("select no_such_column from (values (1)) as t(x)"));
        QueryStatus status = engine.await(handle, java.time.Duration.ofMinutes(5));

        assertThat(status.state()).isEqualTo(QueryState.FAILED);
        assertThat(status.errorType()).isPresent();
        assertThat(status.errorMessage().orElse("")).containsIgnoringCase("no_such_column");
        assertThat(status.retryable()).isFalse();

        assertThatThrownBy(() -> engine.execute(SqlStatement.of("select * from no_such_table_anywhere")
                .withLabel("step-x")))
                .isInstanceOf(SqlExecutionException.class)
                .hasMessageContaining("step-x")
                .satisfies(e -> assertThat(((SqlExecutionException) e).retryable()).isFalse());
    }

    @Test
    void aClientRequestToken_makesSubmitIdempotent() throws Exception {
        if (!honoursClientRequestTokens()) {
            return;
        }
        SqlEngine engine = engine();
        String token = "contract-test-token-" + "0123456789abcdef0123456789";
        SqlStatement statement = SqlStatement.of("select 42 as answer").withClientRequestToken(token);
        QueryHandle first = engine.submit(statement);
        QueryHandle second = engine.submit(statement);

        assertThat(second).isEqualTo(first);
        assertThat(engine.await(first, java.time.Duration.ofMinutes(5)).state()).isEqualTo(QueryState.SUCCEEDED);
    }

    @Test
    void dml_reportsRowsWritten_andDataPersists() throws Exception {
        Optional<String> table = scratchTable("contract_rows");
        if (table.isEmpty()) {
            return;
        }
        SqlEngine engine = engine();
        engine.execute(SqlStatement.of("drop table if exists " + table.get()));
        engine.execute(SqlStatement.of("create table " + table.get() + " (ccn varchar, hours decimal(12,4))"));
        QueryResult insert = engine.execute(SqlStatement.of("insert into " + table.get()
                + " select v.ccn, v.hours from (values ('015009', 1.25), ('415002', 2.5), ('51A009', 0)) as v(ccn, hours)"
                + " where v.hours >= ?", BigDecimal.ZERO));
        if (reportsRowsWritten()) {
            assertThat(insert.stats().rowsWritten()).isEqualTo(3);
        }
        QueryResult sum = engine.execute(SqlStatement.of("select sum(hours) as total from " + table.get()));
        assertThat(new BigDecimal(sum.singleValue().toString())).isEqualByComparingTo("3.75");
        engine.execute(SqlStatement.of("drop table " + table.get()));
    }

    @Test
    void cancel_ofAFinishedStatement_isHarmless() throws Exception {
        SqlEngine engine = engine();
        QueryHandle handle = engine.submit(SqlStatement.of("select 1 as one"));
        assertThat(engine.await(handle, java.time.Duration.ofMinutes(5)).state()).isEqualTo(QueryState.SUCCEEDED);
        engine.cancel(handle);
        assertThat(engine.status(handle).state()).isEqualTo(QueryState.SUCCEEDED);
    }
}
