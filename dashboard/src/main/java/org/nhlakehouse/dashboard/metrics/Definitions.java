package org.nhlakehouse.dashboard.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateExtension;

/**
 * A measure's definition one hover or tap away on every page: {@code metric:definition(key)} in a template gives the
 * metric catalog's entry (the words of {@code sql/tables/gold.yaml}, as on the metrics page and in docs/metrics.md)
 * for a page column or figure named by its Gold column, or null when the key is no Gold measure (a
 * column without a unit, such as a CCN or a name, is not one).
 */
@TemplateExtension(namespace = "metric")
public final class Definitions {

    /** Where a key is looked up first: the facility facts, then the pooled aggregates, then the facility dimension. */
    static final List<String> TABLE_ORDER = List.of("fct_facility_quarter", "agg_state_quarter",
            "agg_national_quarter", "dim_facility", "fct_facility_day");

    private static final Map<String, MetricDefinition> BY_KEY = index(new MetricCatalog());

    private Definitions() {
    }

    /** The definition of a measure, or null. */
    public static MetricDefinition definition(String key) {
        return key == null ? null : BY_KEY.get(key);
    }

    static Map<String, MetricDefinition> index(MetricCatalog catalog) {
        Map<String, MetricDefinition> byKey = new HashMap<>();
        for (String table : TABLE_ORDER.reversed()) {
            catalog.tables().stream().filter(t -> t.name().equals(table)).flatMap(t -> t.columns().stream())
                    .filter(c -> !c.unit().isBlank() && !c.description().isBlank()).forEach(c -> byKey.put(c.column(), c));
        }
        return Map.copyOf(byKey);
    }
}
