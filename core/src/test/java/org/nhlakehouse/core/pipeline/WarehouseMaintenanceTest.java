package org.nhlakehouse.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.engine.EngineKind;
import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.sql.DdlRenderer;
import org.nhlakehouse.core.sql.PipelineStep;
import org.nhlakehouse.core.sql.SqlCatalog;
import org.nhlakehouse.core.sql.TableSpec;
import org.nhlakehouse.core.sql.WarehouseNames;
import org.nhlakehouse.core.testing.InMemoryObjectStore;

/** Iceberg maintenance of the tables a run writes: the steps appended to a plan, per engine. */
class WarehouseMaintenanceTest {

    private static final SqlCatalog CATALOG = SqlCatalog.load();
    private static final WarehouseNames NAMES = WarehouseNames.prefixed("nhl");

    private static Warehouse on(EngineKind kind) {
        SqlEngine engine = (SqlEngine) Proxy.newProxyInstance(SqlEngine.class.getClassLoader(),
                new Class<?>[] { SqlEngine.class }, (proxy, method, args) -> {
                    if (method.getName().equals("kind")) {
                        return kind;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return new Warehouse(engine, new InMemoryObjectStore(), CATALOG, NAMES,
                new DdlRenderer(kind, NAMES, "s3://bucket", "hive"));
    }

    @Test
    void onAthena_everyTableTheStepsWrite_isCompactedThenVacuumed() {
        Warehouse athena = on(EngineKind.ATHENA);

        List<PipelineStep> maintenance = athena.maintenanceSteps(CATALOG.steps());

        List<String> sql = maintenance.stream().map(s -> s.template().source()).toList();
        assertThat(sql).contains("OPTIMIZE nhl_silver.stg_pbj_daily REWRITE DATA USING BIN_PACK",
                "VACUUM nhl_silver.stg_pbj_daily", "OPTIMIZE nhl_silver.pbj_daily REWRITE DATA USING BIN_PACK",
                "VACUUM nhl_silver.rejects", "OPTIMIZE nhl_gold.fct_facility_day REWRITE DATA USING BIN_PACK",
                "VACUUM nhl_gold.agg_peer_distribution", "VACUUM nhl_ops.file_log");
        assertThat(sql.indexOf("VACUUM nhl_silver.pbj_daily"))
                .isEqualTo(sql.indexOf("OPTIMIZE nhl_silver.pbj_daily REWRITE DATA USING BIN_PACK") + 1);
        assertThat(maintenance).allSatisfy(step -> {
            PipelineStep again = athena.step(step.id());
            assertThat(again.title()).as("found again by its id").isEqualTo(step.title());
            assertThat(again.template().source()).isEqualTo(step.template().source());
            assertThat(step.title()).matches("(Compact|Expire old snapshots of) (silver|gold|ops)\\.\\w+");
        });
        assertThat(maintenance.stream().map(PipelineStep::id).distinct()).hasSameSizeAs(maintenance);
    }

    @Test
    void onlyTheTablesOfThePlannedSteps_areMaintained() {
        List<PipelineStep> providerInfoOnly = CATALOG.steps().stream()
                .filter(s -> s.dataset().map(d -> d.id().equals("provider_info")).orElse(false)).toList();

        List<String> sql = on(EngineKind.ATHENA).maintenanceSteps(providerInfoOnly).stream()
                .map(s -> s.template().source()).toList();

        assertThat(sql).contains("VACUUM nhl_silver.provider_info").noneMatch(s -> s.contains("pbj"));
    }

    @Test
    void onTrino_theSameWithItsProcedures_andOnDuckDb_nothing() {
        TableSpec daily = CATALOG.table("silver", "pbj_daily");
        assertThat(new DdlRenderer(EngineKind.TRINO, NAMES, "local:///", "hive").maintenance(daily)).containsExactly(
                "ALTER TABLE nhl_silver.pbj_daily EXECUTE optimize",
                "ALTER TABLE nhl_silver.pbj_daily EXECUTE expire_snapshots(retention_threshold => '7d')",
                "ALTER TABLE nhl_silver.pbj_daily EXECUTE remove_orphan_files(retention_threshold => '7d')");
        assertThat(on(EngineKind.DUCKDB).maintenanceSteps(CATALOG.steps())).isEmpty();
        assertThatThrownBy(() -> on(EngineKind.DUCKDB).step("maintain__silver__pbj_daily__0"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void athenaTables_keepAWeekOfSnapshots() {
        assertThat(new DdlRenderer(EngineKind.ATHENA, NAMES, "s3://bucket", "hive")
                .createTable(CATALOG.table("gold", "fct_facility_day")))
                .contains("'vacuum_max_snapshot_age_seconds' = '604800'", "'vacuum_min_snapshots_to_keep' = '1'");
    }
}
