package org.nhlakehouse.dashboard.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.sql.WarehouseNames;
import org.nhlakehouse.local.DuckDbSqlEngine;

/** The data version is asked of the engine without result reuse, never of the page queries' (reusing) engine. */
class AthenaGoldTest {

    @Test
    void theDataVersionProbe_neverGoesToTheReusingEngine() {
        SqlEngine reusing = (SqlEngine) java.lang.reflect.Proxy.newProxyInstance(SqlEngine.class.getClassLoader(),
                new Class<?>[] { SqlEngine.class }, (proxy, method, args) -> {
                    throw new AssertionError("the reusing engine was asked: " + method.getName());
                });
        try (DuckDbSqlEngine fresh = DuckDbSqlEngine.inMemory()) {
            fresh.execute(SqlStatement.of("create schema ops"));
            fresh.execute(SqlStatement.of("create table ops.pipeline_runs as select 'run-7' as run_id, 'succeeded' as"
                    + " status, timestamp '2026-12-01 10:00:00' as finished_at"));
            AthenaGold gold = new AthenaGold(reusing, fresh, WarehouseNames.defaults(), Duration.ZERO,
                    Clock.systemUTC());

            assertThat(gold.version().id()).isEqualTo("run-7");
            fresh.execute(SqlStatement.of("insert into ops.pipeline_runs values ('run-8', 'succeeded',"
                    + " timestamp '2026-12-01 11:00:00')"));
            assertThat(gold.version().id()).isEqualTo("run-8");
        }
    }
}
