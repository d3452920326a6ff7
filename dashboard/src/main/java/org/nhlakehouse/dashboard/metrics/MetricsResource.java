package org.nhlakehouse.dashboard.metrics;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.nhlakehouse.dashboard.view.Nav;
import org.nhlakehouse.dashboard.view.Page;
import org.nhlakehouse.dashboard.web.Pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** {@code /metrics}: units and definitions of every Gold column, generated from the SQL's own declarations. */
@Path("/metrics")
public class MetricsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance metrics(Page page, MetricCatalog catalog);
    }

    private final MetricCatalog catalog;
    private final Pages pages;

    public MetricsResource(MetricCatalog catalog, Pages pages) {
        this.catalog = catalog;
        this.pages = pages;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance metrics() {
        return Templates.metrics(pages.page("Metrics: units and definitions", Nav.METRICS), catalog);
    }
}
