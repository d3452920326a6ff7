package org.nhlakehouse.dashboard.quality;

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

/** {@code /quality}: star ratings against staffing. */
@Path("/quality")
public class QualityResource extends PageResource<QualityReadModel> {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quality(Page page, QualityView view);
    }

    public QualityResource(QualityReadModel model, PageServices services) {
        super(model, services);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance quality(@BeanParam QualityFilter.Request request) {
        return quarterPage("Quality: star ratings and staffing", Nav.QUALITY, request::parse, model::read,
                Templates::quality);
    }

    @GET
    @Path(ExportFormat.PATH)
    public Response export(@PathParam("format") String format, @BeanParam QualityFilter.Request request)
            throws Exception {
        return exportTable(format, request.parse(quarters()).export());
    }
}
