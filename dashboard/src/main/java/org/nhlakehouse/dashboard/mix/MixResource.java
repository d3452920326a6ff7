package org.nhlakehouse.dashboard.mix;

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
import org.nhlakehouse.dashboard.web.Pages;
import org.nhlakehouse.dashboard.web.Params;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** {@code /mix}: employee vs contract hours by role, by state and over time. */
@Path("/mix")
public class MixResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mix(Page page, MixView view);
    }

    private final MixReadModel model;
    private final Loaded loaded;
    private final Pages pages;
    private final CsvExports exports;

    public MixResource(MixReadModel model, Loaded loaded, Pages pages, CsvExports exports) {
        this.model = model;
        this.loaded = loaded;
        this.pages = pages;
        this.exports = exports;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance mix(@QueryParam("quarter") String quarter, @QueryParam("state") String state) {
        Quarters quarters = loaded.quarters();
        String selected = Params.quarter(quarter, quarters);
        return Templates.mix(pages.page("Staffing mix: employees and agency staff", Nav.MIX, selected),
                model.read(selected, Params.state(state), quarters));
    }

    @GET
    @Path(ExportFormat.PATH)
    public Response export(@PathParam("format") String format, @QueryParam("quarter") String quarter,
            @QueryParam("state") String state,
            @QueryParam("table") String table) throws Exception {
        String selected = Params.quarter(quarter, loaded.quarters());
        Optional<String> chosenState = Params.state(state);
        MixTable which = Params.choice(table, "table", MixTable.class, MixTable.STATES);
        return exports.export(format, TableData.ofQuarter("mix-" + which.param(),
                MixReadModel.filters(selected, chosenState), which.query(selected, chosenState), which.columns(),
                selected));
    }
}
