package org.nhlakehouse.dashboard.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
        /** When set, each query waits (up to 5 s) until this many have been submitted: they must run together. */
        volatile CountDownLatch together;
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
                            CountDownLatch latch = together;
                            if (latch != null) {
                                latch.countDown();
                                if (!latch.await(5, TimeUnit.SECONDS)) {
                                    throw new IllegalStateException("the queries ran one after the other");
                                }
                            }
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

    @Test
    void runAll_runsAPagesQueriesAtTheSameTime_andAnswersInTheOrderAsked() {
        try (CountingGold gold = new CountingGold()) {
            gold.delegate.execute(SqlStatement.of("create table gold.agg_state_quarter as select 'RI' as state, "
                    + "'2023Q2' as quarter union all select 'WV', '2024Q2' union all select 'AL', '2024Q2'"));
            GoldQueries queries = new GoldQueries(gold, config());
            gold.together = new CountDownLatch(3);

            List<QueryResult> results = queries.runAll(List.of(
                    ViewQuery.of("states_loaded").with("quarter", "2024Q2"),
                    ViewQuery.of("states_loaded").with("quarter", "2023Q2"),
                    ViewQuery.of("states_loaded").with("quarter", "2025Q1")));

            assertThat(results).extracting(result -> result.rows().size()).containsExactly(2, 1, 0);
            assertThat(gold.executed).hasValue(3);
            gold.together = null;
            queries.run(ViewQuery.of("states_loaded").with("quarter", "2023Q2"));
            assertThat(gold.executed).as("results cached like run's").hasValue(3);
        }
    }

    @Test
    void runAll_throwsAFailureAsRunWould() {
        try (CountingGold gold = new CountingGold()) {
            GoldQueries queries = new GoldQueries(gold, config());
            // No gold.agg_state_quarter: the query fails in the engine.
            Throwable alone = catchThrowable(() -> queries.run(ViewQuery.of("states_loaded")
                    .with("quarter", "2023Q2")));
            assertThat(alone).as("the query fails on its own").isInstanceOf(RuntimeException.class);

            assertThatThrownBy(() -> queries.runAll(List.of(ViewQuery.of("quarters"),
                    ViewQuery.of("states_loaded").with("quarter", "2023Q2")))).isExactlyInstanceOf(alone.getClass());
        }
    }
}
