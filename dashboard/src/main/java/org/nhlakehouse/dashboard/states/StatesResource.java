package org.nhlakehouse.dashboard.states;

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
    public TemplateInstance states(@QueryParam("quarter") String quarter, @QueryParam("metric") String metric) {
        Quarters quarters = quarters();
        String selected = Params.quarter(quarter, quarters);
        StateMetric chosen = Params.choice(metric, "metric", StateMetric.class, StateMetric.TOTAL_HPRD);
        return Templates.states(page("States", Nav.STATES, selected), model.read(selected, chosen, quarters));
    }

    @GET
    @Path(ExportFormat.PATH)
    public Response export(@PathParam("format") String format, @QueryParam("quarter") String quarter,
            @QueryParam("metric") String metric, @QueryParam("table") String table) throws Exception {
        String selected = Params.quarter(quarter, quarters());
        StateMetric chosen = Params.choice(metric, "metric", StateMetric.class, StateMetric.TOTAL_HPRD);
        StatesTable which = Params.choice(table, "table", StatesTable.class, StatesTable.STATES);
        // The benchmark and contract tables do not depend on the metric: their file names leave it out.
        QueryString filters = which == StatesTable.STATES ? StatesReadModel.filters(selected, chosen)
                : QueryString.create().with("quarter", selected);
        return exportTable(format, TableData.ofQuarter(which == StatesTable.STATES ? "states"
                : "states-" + which.param(), filters, which.query(selected, chosen), which.columns(chosen), selected));
    }
}
