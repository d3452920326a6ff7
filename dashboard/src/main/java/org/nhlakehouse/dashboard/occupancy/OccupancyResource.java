package org.nhlakehouse.dashboard.occupancy;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.nhlakehouse.dashboard.export.ExportFormat;
import org.nhlakehouse.dashboard.page.PageResource;
import org.nhlakehouse.dashboard.page.PageServices;
import org.nhlakehouse.dashboard.view.Nav;
import org.nhlakehouse.dashboard.view.Page;
import org.nhlakehouse.dashboard.web.Params;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** {@code /occupancy}: bed utilization, its distribution and rankings by state and facility. */
@Path("/occupancy")
public class OccupancyResource extends PageResource<OccupancyReadModel> {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance occupancy(Page page, OccupancyView view);
    }

    public OccupancyResource(OccupancyReadModel model, PageServices services) {
        super(model, services);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance occupancy(@BeanParam OccupancyFilter.Request request) {
        return quarterPage("Bed utilization", Nav.OCCUPANCY, quarters -> request.parse(quarters, true), model::read,
                Templates::occupancy);
    }

    @GET
    @Path(ExportFormat.PATH)
    public Response export(@PathParam("format") String format, @BeanParam OccupancyFilter.Request request,
            @QueryParam("table") String table) throws Exception {
        return exportTable(format, request.parse(quarters(), false)
                .export(Params.choice(table, "table", OccupancyTable.class, OccupancyTable.FACILITIES)));
    }
}
