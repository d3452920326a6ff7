package org.nhlakehouse.dashboard.overview;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.nhlakehouse.dashboard.export.ExportFormat;
import org.nhlakehouse.dashboard.export.TableData;
import org.nhlakehouse.dashboard.page.PageResource;
import org.nhlakehouse.dashboard.page.PageServices;
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.view.Nav;
import org.nhlakehouse.dashboard.view.Page;
import org.nhlakehouse.dashboard.web.Params;
import org.nhlakehouse.dashboard.web.QueryString;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** {@code /}: national figures for a quarter and the trend across all loaded quarters. */
@Path("/")
public class OverviewResource extends PageResource<OverviewReadModel> {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(Page page, OverviewView view);
    }

    public OverviewResource(OverviewReadModel model, PageServices services) {
        super(model, services);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance overview(@QueryParam("quarter") String quarter) {
        Quarters quarters = quarters();
        String selected = Params.quarter(quarter, quarters);
        return Templates.overview(page("Staffing overview", Nav.OVERVIEW, selected),
                model.read(selected, quarters));
    }

    @GET
    @Path(ExportFormat.PATH)
    public Response export(@PathParam("format") String format, @QueryParam("quarter") String quarter)
            throws Exception {
        String selected = Params.quarter(quarter, quarters());
        return exportTable(format, TableData.of("overview", QueryString.create().with("quarter", selected),
                OverviewReadModel.query(), OverviewReadModel.COLUMNS));
    }
}
