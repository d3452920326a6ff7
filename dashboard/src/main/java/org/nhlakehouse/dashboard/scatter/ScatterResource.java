package org.nhlakehouse.dashboard.scatter;

import java.util.Optional;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.nhlakehouse.dashboard.export.CsvExports;
import org.nhlakehouse.dashboard.export.ExportFormat;
import org.nhlakehouse.dashboard.export.TableData;
import org.nhlakehouse.dashboard.query.Loaded;
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.view.Nav;
import org.nhlakehouse.dashboard.view.Page;
import org.nhlakehouse.dashboard.web.Ownership;
import org.nhlakehouse.dashboard.web.Pages;
import org.nhlakehouse.dashboard.web.Params;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** {@code /scatter}: total HPRD against occupancy, one point per facility. */
@Path("/scatter")
public class ScatterResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scatter(Page page, ScatterView view);
    }

    private final ScatterReadModel model;
    private final Loaded loaded;
    private final Pages pages;
    private final CsvExports exports;

    public ScatterResource(ScatterReadModel model, Loaded loaded, Pages pages, CsvExports exports) {
        this.model = model;
        this.loaded = loaded;
        this.pages = pages;
        this.exports = exports;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance scatter(@QueryParam("quarter") String quarter, @QueryParam("state") String state,
            @QueryParam("ownership") String ownership, @QueryParam("color") String color) {
        Quarters quarters = loaded.quarters();
        String selected = Params.quarter(quarter, quarters);
        return Templates.scatter(pages.page("Staffing vs occupancy", Nav.SCATTER, selected),
                model.read(selected, Params.state(state),
                        Params.optionalChoice(ownership, "ownership", Ownership.class),
                        Params.choice(color, "color", ScatterColor.class, ScatterColor.OWNERSHIP), quarters));
    }

    @GET
    @Path(ExportFormat.PATH)
    public Response export(@PathParam("format") String format, @QueryParam("quarter") String quarter,
            @QueryParam("state") String state,
            @QueryParam("ownership") String ownership, @QueryParam("color") String color) throws Exception {
        String selected = Params.quarter(quarter, loaded.quarters());
        Optional<String> chosenState = Params.state(state);
        Optional<Ownership> chosenOwnership = Params.optionalChoice(ownership, "ownership", Ownership.class);
        ScatterColor chosenColor = Params.choice(color, "color", ScatterColor.class, ScatterColor.OWNERSHIP);
        return exports.export(format, TableData.ofQuarter("scatter",
                ScatterReadModel.filters(selected, chosenState, chosenOwnership, chosenColor),
                ScatterReadModel.query(selected, chosenState, chosenOwnership), ScatterReadModel.COLUMNS, selected));
    }
}
