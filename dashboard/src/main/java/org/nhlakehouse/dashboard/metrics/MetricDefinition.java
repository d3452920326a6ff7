package org.nhlakehouse.dashboard.metrics;

/**
 * One Gold column as the metrics page shows it.
 *
 * @param table the Gold table
 * @param column the column
 * @param description what it is (CMS's definition for metrics)
 * @param unit its unit, or empty
 * @param formula how it is computed, or empty
 * @param source the citation of the CMS document it follows, or empty
 */
public record MetricDefinition(String table, String column, String description, String unit, String formula,
        String source) {
    public String anchor() {
        return table + "." + column;
    }
}
