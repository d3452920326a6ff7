package org.nhlakehouse.dashboard.search;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.nhlakehouse.dashboard.view.Nav;
import org.nhlakehouse.dashboard.view.Page;
import org.nhlakehouse.dashboard.web.Pages;
import org.nhlakehouse.dashboard.web.Params;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * {@code /search}: find a facility by name, city, county, state or CCN across every loaded quarter. The search box on
 * every page asks {@code /search.json} as the reader types; {@code /search} is the same answer as a page (the box
 * without JavaScript, or Enter with no suggestion chosen).
 */
@Path("/")
public class SearchResource {

    /** The most matches the results page lists. */
    static final int PAGE_LIMIT = 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(Page page, String query, SearchIndex.Result result);
    }

    private final FacilitySearch search;
    private final Pages pages;

    public SearchResource(FacilitySearch search, Pages pages) {
        this.search = search;
        this.pages = pages;
    }

    @GET
    @Path("search")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("q") String q) {
        String text = Params.search(q);
        SearchIndex.Result result = search.search(text, PAGE_LIMIT);
        return Templates.search(pages.page(text.isEmpty() ? "Find a facility"
                : "Facilities matching \u201c" + text
                        + "\u201d",
                Nav.FACILITIES), text, result);
    }

    // No @Produces: the body is written by Jackson here, and the response carries its media type itself.
    @GET
    @Path("search.json")
    public Response json(@QueryParam("q") String q, @QueryParam("limit") String limit) throws JsonProcessingException {
        String text = Params.search(q);
        int size = Params.limit(limit, FacilitySearch.SUGGESTIONS, PAGE_LIMIT);
        SearchIndex.Result result = search.search(text, size);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", result.total());
        body.put("results", result.hits().stream().map(SearchResource::json).toList());
        return Response.ok(JSON.writeValueAsString(body), MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store").build();
    }

    private static Map<String, Object> json(SearchIndex.Hit hit) {
        SearchIndex.Facility f = hit.facility();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("ccn", f.ccn());
        row.put("name", f.name());
        row.put("city", f.city());
        row.put("county", f.county());
        row.put("state", f.state());
        row.put("first_quarter", f.firstQuarter());
        row.put("last_quarter", f.lastQuarter());
        row.put("href", "/facilities/" + f.ccn());
        return row;
    }
}
