package org.nhlakehouse.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.testing.AbstractSqlEngineContractTest;

class DuckDbSqlEngineTest extends AbstractSqlEngineContractTest {

    @TempDir
    Path dir;
    private DuckDbSqlEngine engine;

    @Override
    protected SqlEngine engine() {
        if (engine == null) {
            engine = DuckDbSqlEngine.open(dir.resolve("test.duckdb").toString(), false, true, Map.of("threads", "2"));
        }
        return engine;
    }

    @Override
    protected Optional<String> scratchTable(String name) {
        return Optional.of("main." + name);
    }

    @AfterEach
    void closeEngine() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void profiledStatements_reportRowsRead() {
        SqlEngine engine = engine();
        engine.execute(SqlStatement.of("create table t as select range as x from range(100000)"));
        QueryResult insert = engine.execute(SqlStatement.of("create table u as select x from t where x < 10"));
        assertThat(insert.stats().rowsRead()).isPositive().isLessThanOrEqualTo(100_000);
        QueryResult count = engine.execute(SqlStatement.of("select count(*) as n from t"));
        assertThat(count.singleLong()).isEqualTo(100_000);
    }

    @Test
    void errorTypes_comeFromDuckDbsErrorClass() {
        assertThat(DuckDbSqlEngine.errorType(new java.sql.SQLException("Binder Error: Referenced column x")))
                .isEqualTo("BINDER_ERROR");
        assertThat(DuckDbSqlEngine.errorType(new java.sql.SQLException("something odd"))).isEqualTo("DUCKDB_ERROR");
        String conflict = "TransactionContext Error: Catalog write-write conflict on alter with \"Schema\"";
        assertThat(DuckDbSqlEngine.isRetryable(DuckDbSqlEngine.errorType(new java.sql.SQLException(conflict)), conflict))
                .isTrue();
        assertThat(DuckDbSqlEngine.isRetryable("BINDER_ERROR", "conflict")).isFalse();
    }
}
