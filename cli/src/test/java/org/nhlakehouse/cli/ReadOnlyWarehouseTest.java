package org.nhlakehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.localrun.LocalLakehouse;
import org.nhlakehouse.localrun.testing.PipelineFixture;

/** {@code export} and {@code sql} only read: they work on a warehouse nobody may write to. */
class ReadOnlyWarehouseTest {

    @TempDir
    static Path dir;

    private static Path warehouse;

    @BeforeAll
    static void aWarehouse() throws Exception {
        try (PipelineFixture fixture = new PipelineFixture(dir)) {
            fixture.sample("PBJ_Daily_Nurse_Staffing_Q2_2024.csv").run();
        }
        warehouse = dir.resolve("warehouse");
    }

    private static int cli(StringWriter out, String... args) {
        return LakehouseCli.execute(new PrintWriter(out, true), new PrintWriter(out, true), args);
    }

    @Test
    void export_opensTheWarehouseReadOnly_soItRunsBesideAnotherReader() throws Exception {
        try (LocalLakehouse reader = LocalLakehouse.openReadOnly(warehouse)) {
            assertThat(reader.engine().query("select count(*) from gold.fct_facility_quarter").singleLong())
                    .isEqualTo(1);
            StringWriter out = new StringWriter();
            int status = cli(out, "export", "facility-quarters", "--warehouse", warehouse.toString(), "--out",
                    dir.resolve("fq.csv").toString());
            assertThat(status).as(out.toString()).isZero();
            assertThat(Files.readAllLines(dir.resolve("fq.csv"))).hasSize(2);
        }
    }

    @Test
    void exportAndSql_workOnAWarehouseWhoseFilesCannotBeWritten() throws Exception {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root may write read-only files");
        try (Stream<Path> files = Files.walk(warehouse)) {
            files.forEach(path -> path.toFile().setWritable(false, false));
        }
        try {
            StringWriter out = new StringWriter();
            assertThat(cli(out, "sql", "select count(*) as n from gold.fct_facility_quarter", "--warehouse",
                    warehouse.toString())).as(out.toString()).isZero();
            assertThat(cli(out, "export", "data-health", "--warehouse", warehouse.toString(), "--out",
                    dir.resolve("health.csv").toString())).as(out.toString()).isZero();
        } finally {
            try (Stream<Path> files = Files.walk(warehouse)) {
                files.forEach(path -> path.toFile().setWritable(true, false));
            }
        }
    }
}
