package org.nhlakehouse.localrun.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.pipeline.Warehouse;
import org.nhlakehouse.core.sql.SqlCatalog;
import org.nhlakehouse.local.DuckDbAppliedDdl;
import org.nhlakehouse.localrun.LocalLakehouse;
import org.nhlakehouse.localrun.testing.PipelineFixture;

/** The warehouse DDL runs when the warehouse does not hold exactly this DDL yet, and only then. */
class WarehouseSetUpTest {

    @TempDir
    Path dir;

    @Test
    void theDdl_runsOnAFreshWarehouse_andNotAgainWhileItIsUnchanged() {
        try (LocalLakehouse lakehouse = LocalLakehouse.open(dir)) {
            assertThat(lakehouse.setUp()).as("fresh warehouse").isTrue();
            assertThat(lakehouse.setUp()).as("same process, same DDL").isFalse();
        }
        try (LocalLakehouse reopened = LocalLakehouse.open(dir)) {
            assertThat(reopened.setUp()).as("next process, same DDL").isFalse();
            assertThat(count(reopened, "select count(*) from gold.fct_facility_quarter")).isZero();
        }
    }

    @Test
    void aChangedCatalog_runsTheDdlAgain_andItsNewTableIsCreated() {
        try (LocalLakehouse lakehouse = LocalLakehouse.open(dir)) {
            lakehouse.setUp();
            Warehouse current = lakehouse.warehouse();
            Warehouse withNewTable = new Warehouse(current.engine(), current.store(),
                    SqlCatalog.load(new ExtraOpsTable()), current.names(), current.ddl());
            DuckDbAppliedDdl applied = new DuckDbAppliedDdl(current.engine(), "ops");

            assertThat(withNewTable.ddlFingerprint()).isNotEqualTo(current.ddlFingerprint());
            assertThat(withNewTable.setUpUnlessApplied(applied)).isTrue();
            assertThat(count(lakehouse, "select count(*) from ops.added_by_a_new_release")).isZero();
            assertThat(withNewTable.setUpUnlessApplied(applied)).isFalse();

            // Back to the catalog this build ships: it differs from the one recorded, so it runs again.
            assertThat(lakehouse.setUp()).isTrue();
        }
    }

    @Test
    void runs_afterTheFirst_skipTheDdl_andStillLoadWhatIsNew() throws Exception {
        try (PipelineFixture fixture = new PipelineFixture(dir)) {
            fixture.sample("Payroll_Based_Journal_Daily_Nurse_Staffing_2023_Q2.csv");
            fixture.run();
            assertThat(fixture.lakehouse().setUp()).as("the first run applied it").isFalse();
            fixture.sample("ProviderInfo_2023_11_RI_excerpt.csv");
            assertThat(fixture.run().summary().files()).isOne();
            assertThat(fixture.count("select count(*) from silver.provider_info")).isPositive();
        }
    }

    private static long count(LocalLakehouse lakehouse, String sql) {
        return ((Number) lakehouse.engine().execute(SqlStatement.of(sql)).rows().getFirst().getFirst()).longValue();
    }

    /** The shipped catalog with one more ops table, as a later release might declare. */
    private static final class ExtraOpsTable extends ClassLoader {

        ExtraOpsTable() {
            super(SqlCatalog.class.getClassLoader());
        }

        @Override
        public InputStream getResourceAsStream(String name) {
            InputStream shipped = super.getResourceAsStream(name);
            if (!name.equals("sql/tables/ops.yaml") || shipped == null) {
                return shipped;
            }
            try (shipped) {
                String yaml = new String(shipped.readAllBytes(), StandardCharsets.UTF_8) + String.join("\n", List.of(
                        "  - name: added_by_a_new_release",
                        "    description: a table a later release adds",
                        "    columns:",
                        "      - {name: note, type: varchar, description: anything}", ""));
                return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
