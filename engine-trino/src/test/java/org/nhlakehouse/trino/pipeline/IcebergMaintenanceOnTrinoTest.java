package org.nhlakehouse.trino.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.sql.DdlRenderer;
import org.nhlakehouse.core.sql.SqlCatalog;
import org.nhlakehouse.core.sql.TableSpec;
import org.nhlakehouse.core.sql.WarehouseNames;
import org.nhlakehouse.trino.TrinoSqlEngine;
import org.nhlakehouse.trino.testing.TrinoLakehouse;
import org.nhlakehouse.trino.testing.TrinoTest;

/**
 * The maintenance a run ends with (DdlRenderer.maintenance), on a real Iceberg table: the small files of several
 * writes are compacted into one, the rows stay, and snapshot expiry and orphan-file removal run within the server's
 * minimum retention. (Athena's OPTIMIZE ... REWRITE DATA USING BIN_PACK and VACUUM are the same operations.)
 */
@TrinoTest
class IcebergMaintenanceOnTrinoTest {

    private static final WarehouseNames NAMES = WarehouseNames.prefixed("mnt");

    @Test
    void maintenance_compactsTheFilesOfManyWrites_andKeepsTheRows(TrinoLakehouse trino) {
        TrinoSqlEngine engine = trino.engine();
        DdlRenderer ddl = new DdlRenderer(engine.kind(), NAMES, trino.location("maintenance"),
                TrinoLakehouse.HIVE_CATALOG);
        TableSpec table = SqlCatalog.load().table("silver", "pbj_daily");
        trino.createSchema(NAMES.silver());
        engine.execute(SqlStatement.of(ddl.createTable(table)));
        String qualified = NAMES.silver() + ".pbj_daily";
        for (int day = 1; day <= 4; day++) {
            engine.execute(SqlStatement.of("insert into " + qualified + " (ccn, work_date, quarter) values ('01500" + day
                    + "', date '2024-04-0" + day + "', '2024Q2')"));
        }
        String files = "select count(*) from " + NAMES.silver() + ".\"pbj_daily$files\"";
        assertThat(engine.query(files).singleLong()).isEqualTo(4);

        for (String statement : ddl.maintenance(table)) {
            engine.execute(SqlStatement.of(statement));
        }

        assertThat(engine.query(files).singleLong()).isEqualTo(1);
        assertThat(engine.query("select count(*) from " + qualified).singleLong()).isEqualTo(4);
        assertThat(engine.query("select count(*) from " + NAMES.silver() + ".\"pbj_daily$snapshots\"").singleLong())
                .as("snapshots younger than the retention stay").isGreaterThanOrEqualTo(5);
    }
}
