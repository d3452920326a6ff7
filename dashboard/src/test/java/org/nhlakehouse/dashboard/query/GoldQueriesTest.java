package org.nhlakehouse.dashboard.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.sql.WarehouseNames;
import org.nhlakehouse.dashboard.config.DashboardConfig;
import org.nhlakehouse.dashboard.gold.DataVersion;
import org.nhlakehouse.dashboard.gold.GoldSource;
import org.nhlakehouse.local.DuckDbSqlEngine;

class GoldQueriesTest {

    @org.junit.jupiter.api.BeforeAll
    static void driver() {
    }

    /** An in-memory Gold with one national row, counting the statements that reach the engine. */
    static final class CountingGold implements GoldSource {
        final DuckDbSqlEngine delegate = DuckDbSqlEngine.inMemory();
        final AtomicInteger executed = new AtomicInteger();
        final java.util.List<String> submitted = new java.util.concurrent.CopyOnWriteArrayList<>();
        final AtomicReference<String> version = new AtomicReference<>("v1");
        final SqlEngine engine;

        CountingGold() {
            delegate.execute(SqlStatement.of("create schema gold"));
            delegate.execute(SqlStatement.of("create table gold.agg_national_quarter as select '2023Q2' as quarter, "
                    + "10 as facilities"));
            SqlEngine counting = java.lang.reflect.Proxy.newProxyInstance(SqlEngine.class.getClassLoader(),
                    new Class<?>[] { SqlEngine.class }, (proxy, method, args) -> {
                        if (method.getName().equals("submit")) {
                            executed.incrementAndGet();
                            submitted.add(((SqlStatement) args[0]).sql());
                        }
                        if (method.isDefault()) {
                            return java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args);
                        }
                        return method.invoke(delegate, args);
                    }) instanceof SqlEngine e ? e : null;
            this.engine = counting;
        }

        @Override
        public SqlEngine engine() {
            return engine;
        }

        @Override
        public WarehouseNames names() {
            return WarehouseNames.defaults();
        }

        @Override
        public DataVersion version() {
            return new DataVersion(version.get(), "");
        }

        @Override
        public String describe() {
            return "test";
        }

        @Override
        public void close() {
            delegate.close();
        }
    }

    static DashboardConfig config() {
        return (DashboardConfig) java.lang.reflect.Proxy.newProxyInstance(DashboardConfig.class.getClassLoader(),
                new Class<?>[] { DashboardConfig.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "cache" -> new DashboardConfig.Cache() {
                        @Override
                        public Duration ttl() {
                            return Duration.ofMinutes(5);
                        }

                        @Override
                        public long maxEntries() {
                            return 100;
                        }

                        @Override
                        public long pageBytes() {
                            return 1_000_000;
                        }

                        @Override
                        public Duration versionCheckInterval() {
                            return Duration.ofMinutes(1);
                        }
                    };
                    case "export" -> null;
                    default -> Optional.empty();
                });
    }

    @Test
    void equalQueries_areAnsweredFromTheCache_untilTheDataVersionChanges() {
        try (CountingGold gold = new CountingGold()) {
            GoldQueries queries = new GoldQueries(gold, config());
            gold.delegate.execute(SqlStatement.of("create table gold.agg_state_quarter as select 'RI' as state, "
                    + "'2023Q2' as quarter"));

            QueryResult first = queries.run(ViewQuery.of("quarters"));
            queries.run(ViewQuery.of("quarters"));
            assertThat(gold.executed).hasValue(1);
            assertThat(first.rows()).containsExactly(java.util.List.of("2023Q2", 10L, 1L));

            gold.version.set("v2");
            queries.run(ViewQuery.of("quarters"));
            assertThat(gold.executed).hasValue(2);
        }
    }

    @Test
    void differentParameters_areDifferentEntries() {
        try (CountingGold gold = new CountingGold()) {
            gold.delegate.execute(SqlStatement.of("create table gold.agg_state_quarter as select 'RI' as state, "
                    + "'2023Q2' as quarter"));
            GoldQueries queries = new GoldQueries(gold, config());

            assertThat(queries.run(ViewQuery.of("states_loaded").with("quarter", "2023Q2")).rows()).hasSize(1);
            assertThat(queries.run(ViewQuery.of("states_loaded").with("quarter", "2024Q2")).rows()).isEmpty();
            assertThat(queries.run(ViewQuery.of("states_loaded").with("quarter", "2023Q2")).rows()).hasSize(1);
            assertThat(gold.executed).hasValue(2);
        }
    }

    @Test
    void aPageQuery_carriesTheDataVersionInItsText_soNoEngineReuseCrossesARun() {
        // Athena reuses the result of an identical query text for up to ResultReuseMinutes: the same text after a new
        // run would be answered with the Gold of before it.
        try (CountingGold gold = new CountingGold()) {
            gold.delegate.execute(SqlStatement.of("create table gold.agg_state_quarter as select 'RI' as state, "
                    + "'2023Q2' as quarter"));
            GoldQueries queries = new GoldQueries(gold, config());

            queries.run(ViewQuery.of("quarters"));
            gold.version.set("run-2024q3*/ drop");
            queries.run(ViewQuery.of("quarters"));

            assertThat(gold.submitted).hasSize(2);
            assertThat(gold.submitted.get(0)).endsWith("/* data version v1 */");
            assertThat(gold.submitted.get(1)).endsWith("/* data version run-2024q3___drop */");
        }
    }
}
