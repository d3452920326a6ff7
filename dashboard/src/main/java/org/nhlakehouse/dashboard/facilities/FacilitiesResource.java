package org.nhlakehouse.dashboard.facilities;

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
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.view.Nav;
import org.nhlakehouse.dashboard.view.Page;
import org.nhlakehouse.dashboard.web.FilterRequest;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** {@code /facilities}: the facility-level HPRD table of a quarter, filtered, sorted and paginated. */
@Path("/facilities")
public class FacilitiesResource extends PageResource<FacilitiesReadModel> {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance facilities(Page page, FacilitiesView view);
    }

    /** The request parameters, exactly as sent; {@link FacilityFilter#parse} validates them. */
    public static class Request extends FilterRequest.Paged {
        @QueryParam("ownership")
        String ownership;
        @QueryParam("band")
        String band;
        @QueryParam("overall")
        String overall;
        @QueryParam("staffing")
        String staffing;
        @QueryParam("q")
        String q;
        @QueryParam("hprd_min")
        String minHprd;
        @QueryParam("hprd_max")
        String maxHprd;
        @QueryParam("sort")
        String sort;

        FacilityFilter parse(Quarters quarters) {
            return FacilityFilter.parse(quarters, quarter, state, ownership, band, overall, staffing, q, minHprd,
                    maxHprd, sort, dir, page, size);
        }
    }

    public FacilitiesResource(FacilitiesReadModel model, PageServices services) {
        super(model, services);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance facilities(@BeanParam Request request) {
        Quarters quarters = quarters();
        FacilityFilter filter = request.parse(quarters);
        return Templates.facilities(page("Facilities", Nav.FACILITIES, filter.quarter()), model.read(filter, quarters));
    }

    @GET
    @Path(ExportFormat.PATH)
    public Response export(@PathParam("format") String format, @BeanParam Request request) throws Exception {
        return exportTable(format, request.parse(quarters()).export());
    }
}
