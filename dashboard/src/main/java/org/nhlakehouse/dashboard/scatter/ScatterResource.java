package org.nhlakehouse.dashboard.scatter;

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

/** {@code /scatter}: total HPRD against occupancy, one point per facility. */
@Path("/scatter")
public class ScatterResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scatter(Page page, ScatterView view);
    }

    private final ScatterReadModel model;
    private final Loaded loaded;
    private final Pages pages;
    private final CsvExports exports;

    public ScatterResource(ScatterReadModel model, Loaded loaded, Pages pages, CsvExports exports) {
        this.model = model;
        this.loaded = loaded;
        this.pages = pages;
        this.exports = exports;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance scatter(@BeanParam ScatterFilter.Request request) {
        Quarters quarters = loaded.quarters();
        ScatterFilter filter = request.parse(quarters);
        return Templates.scatter(pages.page("Staffing vs occupancy", Nav.SCATTER, filter.quarter()),
                model.read(filter, quarters));
    }

    @GET
    @Path(ExportFormat.PATH)
    public Response export(@PathParam("format") String format, @BeanParam ScatterFilter.Request request)
            throws Exception {
        return exports.export(format, request.parse(loaded.quarters()).export());
    }
}
