package org.nhlakehouse.dashboard.health;

import org.nhlakehouse.dashboard.view.Chart;
import org.nhlakehouse.dashboard.view.DataTable;

/** The Data health page. */
public record HealthView(String pbjQuarter, String providerInfoDate, String lastRun, String publishedAt,
        String source, Chart chart, DataTable files, DataTable reasons, DataTable excluded, DataTable runs) {
}
