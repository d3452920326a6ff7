package org.nhlakehouse.dashboard.states;

import jakarta.ws.rs.BeanParam;
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

/** {@code /states}: states ranked by a chosen metric for a quarter, against the national value. */
@Path("/states")
public class StatesResource extends PageResource<StatesReadModel> {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance states(Page page, StatesView view);
    }

    public StatesResource(StatesReadModel model, PageServices services) {
        super(model, services);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance states(@BeanParam StatesFilter.Request request) {
        return quarterPage("States", Nav.STATES, request::parse, model::read,
                Templates::states);
    }

    @GET
    @Path(ExportFormat.PATH)
    public Response export(@PathParam("format") String format, @BeanParam StatesFilter.Request request,
            @QueryParam("table") String table) throws Exception {
        StatesFilter filter = request.parse(quarters());
        String selected = filter.quarter();
        StateMetric chosen = filter.metric();
        StatesTable which = Params.choice(table, "table", StatesTable.class, StatesTable.STATES);
        // The benchmark and contract tables do not depend on the metric: their file names leave it out.
        QueryString filters = which == StatesTable.STATES ? filter.filters()
                : QueryString.create().with("quarter", selected);
        return exportTable(format, TableData.ofQuarter(which == StatesTable.STATES ? "states"
                : "states-" + which.param(), filters, which.query(selected, chosen), which.columns(chosen), selected));
    }
}
