package org.nhlakehouse.trino;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nhlakehouse.core.engine.QueryHandle;
import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.core.engine.QueryState;
import org.nhlakehouse.core.engine.QueryStatus;
import org.nhlakehouse.core.engine.ResultColumn;
import org.nhlakehouse.core.engine.ResultPage;
import org.nhlakehouse.core.engine.SqlExecutionException;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.engine.SqlType;
import org.nhlakehouse.core.engine.SqlValue;
import org.nhlakehouse.trino.testing.TrinoLakehouse;
import org.nhlakehouse.trino.testing.TrinoTest;

/** What the Trino engine adds to the shared contract, on a real server. */
@TrinoTest
class TrinoSqlEngineBehaviourTest {

    /** Runs until cancelled: a trillion-row cross join that only yields its one row at the end. */
    private static final String ENDLESS_QUERY = "select count(*) as n from unnest(sequence(1, 10000)) a(x)"
            + " cross join unnest(sequence(1, 10000)) b(y) cross join unnest(sequence(1, 10000)) c(z)"
            + " where x + y + z > %d";

    private final TrinoLakehouse lakehouse;
    private final TrinoSqlEngine engine;

    TrinoSqlEngineBehaviourTest(TrinoLakehouse lakehouse) {
        this.lakehouse = lakehouse;
        this.engine = lakehouse.engine();
        lakehouse.createSchema("behaviour");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "selec 1|SYNTAX_ERROR",
            "select * from behaviour.no_such_table|TABLE_NOT_FOUND",
            "select * from no_such_schema.no_such_table|SCHEMA_NOT_FOUND",
            "select no_such_column from (values 1) as t(x)|COLUMN_NOT_FOUND",
            "select cast('x' as integer)|INVALID_CAST_ARGUMENT",
    })
    void aFailedStatement_carriesTrinosErrorName_andIsNotRetryable(String sql, String errorName) {
        QueryHandle handle = engine.submit(SqlStatement.of(sql));
        QueryStatus status = engine.await(handle, Duration.ofMinutes(2));

        assertThat(status.state()).isEqualTo(QueryState.FAILED);
        assertThat(status.errorType()).contains(errorName);
        assertThat(status.errorMessage().orElseThrow()).startsWith("Query failed (#");
        assertThat(status.retryable()).isFalse();
        engine.release(handle);
    }

    @Test
    void resultValues_areTypedAsTheResultPageContractSays() {
        QueryResult result = engine.query("select tinyint '1' as i8, smallint '2' as i16, 3 as i32, bigint '4' as i64,"
                + " real '1.1' as r, double '2.5' as d, decimal '1.2500' as dec, varchar 'x' as v, char 'ab' as c,"
                + " true as b, date '2024-04-01' as dt, timestamp '2024-04-01 12:34:56.123456' as ts,"
                + " timestamp '2024-04-01 12:00:00 America/New_York' as tstz, array[1, 2] as arr,"
                + " cast(null as varchar) as nothing");

        assertThat(result.columns()).extracting(ResultColumn::type).containsExactly(SqlType.BIGINT, SqlType.BIGINT,
                SqlType.BIGINT, SqlType.BIGINT, SqlType.DOUBLE, SqlType.DOUBLE, SqlType.DECIMAL, SqlType.VARCHAR,
                SqlType.VARCHAR, SqlType.BOOLEAN, SqlType.DATE, SqlType.TIMESTAMP, SqlType.TIMESTAMP, SqlType.OTHER,
                SqlType.VARCHAR);
        assertThat(result.rows().getFirst()).containsExactly(1L, 2L, 3L, 4L, 1.1, 2.5, new BigDecimal("1.2500"), "x",
                "ab", true, LocalDate.of(2024, 4, 1), LocalDateTime.of(2024, 4, 1, 12, 34, 56, 123_456_000),
                LocalDateTime.of(2024, 4, 1, 16, 0), "[1, 2]", null);
    }

    @Test
    void parameters_ofEveryType_areBoundAsValues() {
        QueryResult result = engine.execute(SqlStatement.of("select ?, ?, ?, ?, ?, ?, ?, ? is null",
                "015009", 53L, 1.5, new BigDecimal("8.2500"), LocalDate.of(2024, 4, 1),
                LocalDateTime.of(2024, 4, 1, 7, 30), true, new SqlValue.Null(SqlType.DATE)));

        assertThat(result.rows().getFirst()).containsExactly("015009", 53L, 1.5, new BigDecimal("8.2500"),
                LocalDate.of(2024, 4, 1), LocalDateTime.of(2024, 4, 1, 7, 30), true, true);
    }

    @Test
    void cancel_endsARunningQuery_onTheServerToo() {
        String sql = ENDLESS_QUERY.formatted(1);
        QueryHandle handle = engine.submit(SqlStatement.of(sql).withLabel("cancel-me"));
        await().atMost(Duration.ofMinutes(1)).until(() -> serverQueries(sql, "RUNNING") == 1);
        assertThat(engine.status(handle).state()).isIn(QueryState.QUEUED, QueryState.RUNNING);

        engine.cancel(handle);

        QueryStatus status = await().atMost(Duration.ofMinutes(1)).until(() -> engine.status(handle),
                s -> s.state().isTerminal());
        assertThat(status.state()).isEqualTo(QueryState.CANCELLED);
        await().atMost(Duration.ofMinutes(1)).until(() -> serverQueries(sql, "RUNNING") == 0);
        engine.release(handle);
    }

    @Test
    void statementsBeyondTheConcurrencyLimit_waitQueued_thenRun() {
        try (TrinoSqlEngine single = new TrinoSqlEngine(lakehouse.settings().withMaxConcurrentQueries(1))) {
            QueryHandle blocking = single.submit(SqlStatement.of(ENDLESS_QUERY.formatted(2)));
            await().atMost(Duration.ofMinutes(1)).until(() -> single.status(blocking).state() == QueryState.RUNNING);
            QueryHandle waiting = single.submit(SqlStatement.of("select 7"));
            assertThat(single.status(waiting).state()).isEqualTo(QueryState.QUEUED);

            single.cancel(blocking);

            assertThat(single.await(waiting, Duration.ofMinutes(2)).state()).isEqualTo(QueryState.SUCCEEDED);
            assertThat(single.results(waiting, Optional.empty(), 10).rows()).containsExactly(List.of(7L));
        }
    }

    @Test
    void sessionSettings_applyToEveryStatement() {
        try (TrinoSqlEngine configured = new TrinoSqlEngine(lakehouse.settings().withSchema("behaviour")
                .withSessionProperty("query_max_run_time", "7m"))) {
            QueryResult session = configured.query("show session like 'query_max_run_time'");
            QueryResult where = configured.query("select current_catalog, current_schema, current_timezone()");

            assertThat(session.rows().getFirst().get(session.columnIndex("Value"))).isEqualTo("7m");
            assertThat(where.rows().getFirst()).containsExactly("iceberg", "behaviour", "UTC");
        }
    }

    @Test
    void anErrorWhileStreaming_failsTheStatement() {
        SqlStatement statement = SqlStatement.of("select 100 / (x - 2500) as y from unnest(sequence(1, 5000)) t(x)")
                .withLabel("divide-late");

        assertThatThrownBy(() -> engine.execute(statement))
                .isInstanceOf(SqlExecutionException.class)
                .hasMessageContaining("divide-late")
                .satisfies(e -> assertThat(((SqlExecutionException) e).errorType()).isEqualTo("DIVISION_BY_ZERO"));
    }

    @Test
    void results_repeatThePageJustRead_andRejectPagesOutOfOrder() {
        QueryHandle handle = engine.submit(SqlStatement.of("select x from unnest(sequence(1, 25)) t(x) order by x"));
        assertThat(engine.await(handle, Duration.ofMinutes(2)).state()).isEqualTo(QueryState.SUCCEEDED);

        ResultPage first = engine.results(handle, Optional.empty(), 10);
        ResultPage again = engine.results(handle, Optional.empty(), 10);
        ResultPage second = engine.results(handle, first.nextPageToken(), 10);

        assertThat(again).isEqualTo(first);
        assertThat(second.rows().getFirst()).containsExactly(11L);
        assertThatThrownBy(() -> engine.results(handle, Optional.of("3"), 10))
                .isInstanceOf(IllegalArgumentException.class);
        ResultPage last = engine.results(handle, second.nextPageToken(), 10);
        assertThat(last.rows()).hasSize(5);
        assertThat(last.nextPageToken()).isEmpty();
        engine.release(handle);
    }

    @Test
    void stats_reportRowsRead_andElapsedTime() {
        QueryResult result = engine.query("select count(*) from unnest(sequence(1, 1000)) t(x)");

        assertThat(result.singleLong()).isEqualTo(1000);
        assertThat(result.stats().rowsWritten()).isEqualTo(-1);
        assertThat(result.stats().elapsedMillis()).isGreaterThanOrEqualTo(0);
    }

    private long serverQueries(String sql, String state) {
        return engine.execute(SqlStatement.of("select count(*) from system.runtime.queries where query = ? and state = ?",
                sql, state)).singleLong();
    }
}
