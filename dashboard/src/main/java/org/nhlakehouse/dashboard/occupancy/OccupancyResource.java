package org.nhlakehouse.dashboard.occupancy;

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

/** {@code /occupancy}: bed utilization, its distribution and rankings by state and facility. */
@Path("/occupancy")
public class OccupancyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance occupancy(Page page, OccupancyView view);
    }

    private final OccupancyReadModel model;
    private final Loaded loaded;
    private final Pages pages;
    private final CsvExports exports;

    public OccupancyResource(OccupancyReadModel model, Loaded loaded, Pages pages, CsvExports exports) {
        this.model = model;
        this.loaded = loaded;
        this.pages = pages;
        this.exports = exports;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance occupancy(@BeanParam OccupancyFilter.Request request) {
        Quarters quarters = loaded.quarters();
        OccupancyFilter filter = request.parse(quarters, true);
        return Templates.occupancy(pages.page("Bed utilization", Nav.OCCUPANCY, filter.quarter()),
                model.read(filter, quarters));
    }

    @GET
    @Path(ExportFormat.PATH)
    public Response export(@PathParam("format") String format, @BeanParam OccupancyFilter.Request request,
            @QueryParam("table") String table) throws Exception {
        OccupancyFilter filter = request.parse(loaded.quarters(), false);
        return exports.export(format,
                filter.export(Params.choice(table, "table", OccupancyTable.class, OccupancyTable.FACILITIES)));
    }
}
