package org.nhlakehouse.dashboard.mix;

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

/** {@code /mix}: employee vs contract hours by role, by state and over time. */
@Path("/mix")
public class MixResource extends PageResource<MixReadModel> {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mix(Page page, MixView view);
    }

    public MixResource(MixReadModel model, PageServices services) {
        super(model, services);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance mix(@BeanParam MixFilter.Request request) {
        return quarterPage("Staffing mix: employees and agency staff", Nav.MIX, request::parse, model::read,
                Templates::mix);
    }

    @GET
    @Path(ExportFormat.PATH)
    public Response export(@PathParam("format") String format, @BeanParam MixFilter.Request request,
            @QueryParam("table") String table) throws Exception {
        return exportTable(format, request.parse(quarters())
                .export(Params.choice(table, "table", MixTable.class, MixTable.STATES)));
    }
}
