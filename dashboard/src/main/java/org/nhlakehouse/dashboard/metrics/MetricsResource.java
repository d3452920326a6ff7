package org.nhlakehouse.dashboard.metrics;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.nhlakehouse.dashboard.page.PageResource;
import org.nhlakehouse.dashboard.page.PageServices;
import org.nhlakehouse.dashboard.view.Nav;
import org.nhlakehouse.dashboard.view.Page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** {@code /metrics}: units and definitions of every Gold column, generated from the SQL's own declarations. */
@Path("/metrics")
public class MetricsResource extends PageResource<MetricCatalog> {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance metrics(Page page, MetricCatalog catalog);
    }

    public MetricsResource(MetricCatalog model, PageServices services) {
        super(model, services);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance metrics() {
        return Templates.metrics(page("Metrics: units and definitions", Nav.METRICS), model);
    }
}
