package org.nhlakehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without {@code --warehouse}, the command line takes the folder from the dashboard's key for it. */
class WarehouseOptionTest {

    @TempDir
    Path dir;

    @Test
    void withoutTheOption_theDashboardsKeyNamesTheWarehouse() {
        Path configured = dir.resolve("configured-warehouse");
        String before = System.getProperty("lakehouse.warehouse");
        System.setProperty("lakehouse.warehouse", configured.toString());
        try {
            StringWriter out = new StringWriter();
            int status = LakehouseCli.execute(new PrintWriter(out, true), new PrintWriter(out, true), "sql",
                    "select 1");

            assertThat(status).isNotZero();
            assertThat(out.toString()).contains("there is no warehouse in " + configured.toAbsolutePath());
        } finally {
            if (before == null) {
                System.clearProperty("lakehouse.warehouse");
            } else {
                System.setProperty("lakehouse.warehouse", before);
            }
        }
    }
}
