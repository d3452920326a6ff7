package org.nhlakehouse.dashboard.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.core.engine.QueryStats;
import org.nhlakehouse.core.engine.ResultColumn;
import org.nhlakehouse.core.engine.SqlType;
import org.nhlakehouse.dashboard.export.ExportFormat;
import org.nhlakehouse.dashboard.export.TableData;
import org.nhlakehouse.dashboard.page.PageResource;
import org.nhlakehouse.dashboard.page.PageServices;
import org.nhlakehouse.dashboard.view.Column;
import org.nhlakehouse.dashboard.view.Columns;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.view.Format;
import org.nhlakehouse.dashboard.view.Nav;
import org.nhlakehouse.dashboard.view.Page;
import org.nhlakehouse.dashboard.web.Pages;
import org.nhlakehouse.dashboard.web.Params;
import org.nhlakehouse.dashboard.web.QueryString;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * {@code /search}: find a facility by name, city, county, state or CCN across every loaded quarter. The search box on
 * every page asks {@code /search.json} as the reader types; {@code /search} is the same answer as a page (the box
 * without JavaScript, or Enter with no suggestion chosen), whose table exports as CSV or JSON like every other.
 */
@Path("/")
public class SearchResource extends PageResource<FacilitySearch> {

    /** The most matches the results page lists. */
    static final int PAGE_LIMIT = 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The results table's columns: the page's and its CSV/JSON export's (the same keys as /search.json). */
    static final List<Column> COLUMNS = List.of(
            Columns.CCN,
            Column.of("name", "Facility", Format.TEXT),
            Columns.CITY,
            Column.of("county", "County", Format.TEXT),
            Columns.STATE,
            Column.of("first_quarter", "First PBJ quarter", Format.TEXT),
            Column.of("last_quarter", "Last PBJ quarter", Format.TEXT));

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Page page, String query, SearchIndex.Result result, DataTable table);
    }

    public SearchResource(FacilitySearch model, PageServices services) {
        super(model, services);
    }

    @GET
    @Path("search")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("q") String q) {
        String text = Params.search(q);
        SearchIndex.Result result = model.search(text, PAGE_LIMIT);
        return Templates.search(page(text.isEmpty() ? "Find a facility"
                : "Facilities matching \u201c" + text
                        + "\u201d",
                Nav.FACILITIES), text, result,
                DataTable.of("search-results",
                        "Matching facilities, across every loaded quarter", COLUMNS, rows(result),
                        filters(text).link("/search/export.csv"), ccn -> Pages.facilityHref(ccn, null)));
    }

    /** The results page's table as CSV or JSON: the facilities it lists (the first {@value #PAGE_LIMIT}, best first). */
    @GET
    @Path("search/" + ExportFormat.PATH)
    public Response export(@PathParam("format") String format, @QueryParam("q") String q) throws Exception {
        String text = Params.search(q);
        return exportTable(format, TableData.ofResult("search", filters(text),
                rows(model.search(text, PAGE_LIMIT)), COLUMNS));
    }

    private static QueryString filters(String text) {
        return QueryString.create().with("q", text);
    }

    /** The hits as a result whose columns are named as the table's. */
    private static QueryResult rows(SearchIndex.Result result) {
        List<ResultColumn> columns = COLUMNS.stream().map(c -> new ResultColumn(c.key(), SqlType.VARCHAR)).toList();
        return new QueryResult(columns, result.hits().stream().map(hit -> values(hit.facility())).toList(),
                QueryStats.UNKNOWN);
    }

    /** A facility's values, in the order of {@link #COLUMNS}. */
    private static List<Object> values(SearchIndex.Facility f) {
        return Arrays.asList(f.ccn(), f.name(), f.city(), f.county(), f.state(), f.firstQuarter(), f.lastQuarter());
    }

    // No @Produces: the body is written by Jackson here, and the response carries its media type itself.
    @GET
    @Path("search.json")
    public Response json(@QueryParam("q") String q, @QueryParam("limit") String limit) throws JsonProcessingException {
        String text = Params.search(q);
        int size = Params.limit(limit, FacilitySearch.SUGGESTIONS, PAGE_LIMIT);
        SearchIndex.Result result = model.search(text, size);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", result.total());
        body.put("results", result.hits().stream().map(SearchResource::json).toList());
        return Response.ok(JSON.writeValueAsString(body), MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store").build();
    }

    private static Map<String, Object> json(SearchIndex.Hit hit) {
        SearchIndex.Facility f = hit.facility();
        List<Object> values = values(f);
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            row.put(COLUMNS.get(i).key(), values.get(i));
        }
        row.put("href", Pages.facilityHref(f.ccn(), null));
        return row;
    }
}
