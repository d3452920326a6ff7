package org.nhlakehouse.dashboard;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nhlakehouse.dashboard.testing.ExportSnapshots;
import org.nhlakehouse.dashboard.testing.SampleWarehouse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The exports of every view on the embedded engine equal the kept snapshots, which the Athena form on Trino must equal
 * too ({@code trino.DashboardOnTrinoTest}).
 */
@QuarkusTest
@WithTestResource(SampleWarehouse.class)
class ExportSnapshotsTest {

    @ParameterizedTest(name = "{0} #{1}")
    @MethodSource("org.nhlakehouse.dashboard.testing.ExportSnapshots#views")
    void export_equalsItsSnapshot(String pagePath, String tableId) {
        ExportSnapshots.assertExportMatchesSnapshot(pagePath, tableId);
    }
}
