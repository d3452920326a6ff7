package org.nhlakehouse.dashboard.facility;

import java.util.Map;

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

/** {@code /facilities/{ccn}}: one facility's identity, staffing, trend, mix, stability and peers. */
// The CCN segment has no dot, so /facilities/export.csv stays with FacilitiesResource.
@Path("/facilities/{ccn: [^/.]+}")
public class FacilityResource extends PageResource<FacilityReadModel> {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance facility(Page page, FacilityView view);
    }

    public FacilityResource(FacilityReadModel model, PageServices services) {
        super(model, services);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance facility(@PathParam("ccn") String ccn, @QueryParam("quarter") String quarter) {
        String id = Params.ccn(ccn);
        Map<String, Object> identity = model.identity(id);
        String selected = quarter(quarter, identity);
        FacilityView view = model.read(id, selected, identity);
        return Templates.facility(page(view.name() + " (" + id + ")", Nav.FACILITIES, selected), view);
    }

    @GET
    @Path(ExportFormat.PATH)
    public Response export(@PathParam("ccn") String ccn, @PathParam("format") String format,
            @QueryParam("quarter") String quarter, @QueryParam("table") String table) throws Exception {
        String id = Params.ccn(ccn);
        String selected = quarter(quarter, model.identity(id));
        FacilityTables which = Params.choice(table, "table", FacilityTables.class, FacilityTables.DAYS);
        // The quarters table carries its own quarter column, so only the one-quarter tables gain one.
        return exportTable(format, TableData.ofQuarter("facility-" + id + "-" + which.param(),
                QueryString.create().with("quarter", selected), which.query(id, selected), which.columns(), selected));
    }

    /** The requested quarter, else the facility's last quarter with PBJ data. */
    private String quarter(String requested, Map<String, Object> identity) {
        Quarters quarters = quarters();
        if (requested == null || requested.isBlank()) {
            Object last = identity.get("last_quarter");
            if (last != null && quarters.all().contains(last.toString())) {
                return last.toString();
            }
        }
        return Params.quarter(requested, quarters);
    }
}
