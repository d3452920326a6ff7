package org.nhlakehouse.dashboard.quality;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.nhlakehouse.dashboard.export.CsvExports;
import org.nhlakehouse.dashboard.export.ExportFormat;
import org.nhlakehouse.dashboard.query.Loaded;
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.view.Nav;
import org.nhlakehouse.dashboard.view.Page;
import org.nhlakehouse.dashboard.web.Pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** {@code /quality}: star ratings against staffing. */
@Path("/quality")
public class QualityResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quality(Page page, QualityView view);
    }

    private final QualityReadModel model;
    private final Loaded loaded;
    private final Pages pages;
    private final CsvExports exports;

    public QualityResource(QualityReadModel model, Loaded loaded, Pages pages, CsvExports exports) {
        this.model = model;
        this.loaded = loaded;
        this.pages = pages;
        this.exports = exports;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance quality(@BeanParam QualityFilter.Request request) {
        Quarters quarters = loaded.quarters();
        QualityFilter filter = request.parse(quarters);
        return Templates.quality(pages.page("Quality: star ratings and staffing", Nav.QUALITY, filter.quarter()),
                model.read(filter, quarters));
    }

    @GET
    @Path(ExportFormat.PATH)
    public Response export(@PathParam("format") String format, @BeanParam QualityFilter.Request request)
            throws Exception {
        return exports.export(format, request.parse(loaded.quarters()).export());
    }
}
