package org.nhlakehouse.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.sql.SqlCatalog;
import org.nhlakehouse.core.testing.Samples;

/** docs/metrics.md says what gold.yaml says. Run with -Dmetrics.doc.update=true to rewrite it. */
class MetricsDocumentTest {

    @Test
    void docsMetricsMd_isUpToDateWithGoldYaml() throws Exception {
        Path doc = Samples.folder().getParent().getParent().resolve("docs/metrics.md");
        String expected = MetricsDocument.markdown(SqlCatalog.load());
        if (Boolean.getBoolean("metrics.doc.update")) {
            Files.createDirectories(doc.getParent());
            Files.writeString(doc, expected);
        }
        assertThat(doc).as("docs/metrics.md is generated: run ./mvnw -pl core -am test -Dtest=MetricsDocumentTest "
                + "-Dsurefire.failIfNoSpecifiedTests=false -Dmetrics.doc.update=true").exists();
        assertThat(Files.readString(doc)).isEqualTo(expected);
    }

    @Test
    void everyCitedSourceIsUsed_andTheCoreMeasuresCiteCms() {
        SqlCatalog catalog = SqlCatalog.load();
        java.util.Set<String> cited = new java.util.TreeSet<>();
        catalog.tables().forEach(table -> table.columns().forEach(column -> column.source().ifPresent(cited::add)));

        assertThat(cited).isEqualTo(new java.util.TreeSet<>(catalog.sources().keySet()));
        assertThat(catalog.sources().get("UG")).startsWith("CMS, Design for Care Compare");
        assertThat(catalog.table("gold", "fct_facility_quarter").columns()).filteredOn(c -> c.name().equals("rn_hprd"))
                .singleElement().satisfies(c -> assertThat(c.source()).contains("UG"));
    }
}
