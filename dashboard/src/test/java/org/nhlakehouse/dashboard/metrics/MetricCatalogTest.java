package org.nhlakehouse.dashboard.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricCatalogTest {

    @Test
    void everyGoldTableAndItsColumns_withTheCitedSources() {
        MetricCatalog catalog = new MetricCatalog();

        assertThat(catalog.tables()).extracting(MetricCatalog.TableDefinitions::name).contains("fct_facility_quarter",
                "agg_state_quarter", "agg_national_quarter", "dim_facility");
        MetricDefinition totalHprd = catalog.tables().stream().filter(t -> t.name().equals("fct_facility_quarter"))
                .flatMap(t -> t.columns().stream()).filter(c -> c.column().equals("total_hprd")).findFirst()
                .orElseThrow();
        assertThat(totalHprd.unit()).isEqualTo("hours per resident per day");
        assertThat(totalHprd.formula()).contains("sum(total_hours)");
        assertThat(totalHprd.source()).startsWith("[UG] CMS, Design for Care Compare");
        assertThat(catalog.sources()).extracting(MetricCatalog.Source::key).containsExactly("UG", "DD", "MSR");
    }
}
