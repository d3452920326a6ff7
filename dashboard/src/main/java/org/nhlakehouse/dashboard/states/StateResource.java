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
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.view.Nav;
import org.nhlakehouse.dashboard.view.Page;
import org.nhlakehouse.dashboard.web.Params;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** {@code /states/{state}}: one state's trend, the distribution of its facilities, and its facilities ranked. */
// Two letters only, so /states/export.csv stays with StatesResource.
@Path("/states/{state: [A-Za-z]{2}}")
public class StateResource extends PageResource<StateReadModel> {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance state(Page page, StateView view);
    }

    public StateResource(StateReadModel model, PageServices services) {
        super(model, services);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance state(@PathParam("state") String state, @BeanParam StatesFilter.Request request) {
        Quarters quarters = quarters();
        String code = state(state);
        StatesFilter filter = request.parse(quarters);
        return Templates.state(page("State: " + code, Nav.STATES, filter.quarter()), model.read(code, filter,
                quarters));
    }

    @GET
    @Path(ExportFormat.PATH)
    public Response export(@PathParam("state") String state, @PathParam("format") String format,
            @BeanParam StatesFilter.Request request, @QueryParam("table") String table) throws Exception {
        String code = state(state);
        Quarters quarters = quarters();
        StatesFilter filter = request.parse(quarters);
        String selected = filter.quarter();
        StateMetric chosen = filter.metric();
        StateTable which = Params.choice(table, "table", StateTable.class, StateTable.FACILITIES);
        return exportTable(format, TableData.ofQuarter("state-" + code + "-" + which.param(),
                filter.filters(), which.query(code, selected, chosen),
                which.columns(chosen, quarters.trendPoolLabel()),
                selected));
    }

    /** A state or territory code from the allow-list; one without data in the quarter shows an empty ranking. */
    private static String state(String raw) {
        return Params.state(raw).orElseThrow();
    }
}
