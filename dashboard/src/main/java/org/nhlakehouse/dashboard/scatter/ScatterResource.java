package org.nhlakehouse.dashboard.scatter;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.nhlakehouse.dashboard.export.ExportFormat;
import org.nhlakehouse.dashboard.page.PageResource;
import org.nhlakehouse.dashboard.page.PageServices;
import org.nhlakehouse.dashboard.view.Nav;
import org.nhlakehouse.dashboard.view.Page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** {@code /scatter}: total HPRD against occupancy, one point per facility. */
@Path("/scatter")
public class ScatterResource extends PageResource<ScatterReadModel> {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scatter(Page page, ScatterView view);
    }

    public ScatterResource(ScatterReadModel model, PageServices services) {
        super(model, services);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance scatter(@BeanParam ScatterFilter.Request request) {
        return quarterPage("Staffing vs occupancy", Nav.SCATTER, request::parse, model::read,
                Templates::scatter);
    }

    @GET
    @Path(ExportFormat.PATH)
    public Response export(@PathParam("format") String format, @BeanParam ScatterFilter.Request request)
            throws Exception {
        return exportTable(format, request.parse(quarters()).export());
    }
}
