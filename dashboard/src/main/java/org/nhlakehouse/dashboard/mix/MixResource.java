package org.nhlakehouse.dashboard.mix;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.nhlakehouse.dashboard.export.CsvExports;
import org.nhlakehouse.dashboard.export.ExportFormat;
import org.nhlakehouse.dashboard.query.Loaded;
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.view.Nav;
import org.nhlakehouse.dashboard.view.Page;
import org.nhlakehouse.dashboard.web.Pages;
import org.nhlakehouse.dashboard.web.Params;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** {@code /mix}: employee vs contract hours by role, by state and over time. */
@Path("/mix")
public class MixResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mix(Page page, MixView view);
    }

    private final MixReadModel model;
    private final Loaded loaded;
    private final Pages pages;
    private final CsvExports exports;

    public MixResource(MixReadModel model, Loaded loaded, Pages pages, CsvExports exports) {
        this.model = model;
        this.loaded = loaded;
        this.pages = pages;
        this.exports = exports;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance mix(@BeanParam MixFilter.Request request) {
        Quarters quarters = loaded.quarters();
        MixFilter filter = request.parse(quarters);
        return Templates.mix(pages.page("Staffing mix: employees and agency staff", Nav.MIX, filter.quarter()),
                model.read(filter, quarters));
    }

    @GET
    @Path(ExportFormat.PATH)
    public Response export(@PathParam("format") String format, @BeanParam MixFilter.Request request,
            @QueryParam("table") String table) throws Exception {
        MixFilter filter = request.parse(loaded.quarters());
        return exports.export(format,
                filter.export(Params.choice(table, "table", MixTable.class, MixTable.STATES)));
    }
}
