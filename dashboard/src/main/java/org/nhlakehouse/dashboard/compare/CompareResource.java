package org.nhlakehouse.dashboard.compare;

import java.util.List;

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
import org.nhlakehouse.dashboard.view.Nav;
import org.nhlakehouse.dashboard.view.Page;
import org.nhlakehouse.dashboard.web.Params;
import org.nhlakehouse.dashboard.web.QueryString;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * {@code /compare?ccn=A,B,...}: two to five facilities side by side, chosen from the search box, their trends on one
 * chart; the URL holds the choice (share it), and the table exports as CSV or JSON.
 */
@Path("/compare")
public class CompareResource extends PageResource<CompareReadModel> {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance compare(Page page, CompareView view);
    }

    public CompareResource(CompareReadModel model, PageServices services) {
        super(model, services);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance compare(@QueryParam("ccn") List<String> ccn, @QueryParam("metric") String metric,
            @QueryParam("q") String q) {
        CompareSelection selection = CompareSelection.parse(ccn, metric);
        return Templates.compare(page("Compare facilities", Nav.COMPARE), model.read(selection,
                Params.search(q)));
    }

    /** Every quarter of the chosen facilities as CSV or JSON (the rows carry their own quarter). */
    @GET
    @Path(ExportFormat.PATH)
    public Response export(@PathParam("format") String format, @QueryParam("ccn") List<String> ccn,
            @QueryParam("metric") String metric) throws Exception {
        CompareSelection selection = CompareSelection.parse(ccn, metric);
        model.chosen(selection);
        return exportTable(format, TableData.of("compare",
                QueryString.create().with("ccn", String.join("-", selection.ccns())), selection.query("compare_trend"),
                CompareReadModel.COLUMNS));
    }
}
