package org.nhlakehouse.dashboard.quality;

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

/** {@code /quality}: star ratings against staffing. */
@Path("/quality")
public class QualityResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quality(Page page, QualityView view);
    }

    private final QualityReadModel model;
    private final Loaded loaded;
    private final Pages pages;
    private final CsvExports exports;

    public QualityResource(QualityReadModel model, Loaded loaded, Pages pages, CsvExports exports) {
        this.model = model;
        this.loaded = loaded;
        this.pages = pages;
        this.exports = exports;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance quality(@QueryParam("quarter") String quarter, @QueryParam("state") String state,
            @QueryParam("rating") String rating, @QueryParam("metric") String metric) {
        Quarters quarters = loaded.quarters();
        String selected = Params.quarter(quarter, quarters);
        return Templates.quality(pages.page("Quality: star ratings and staffing", Nav.QUALITY, selected),
                model.read(selected, Params.state(state),
                        Params.choice(rating, "rating", Rating.class, Rating.OVERALL),
                        Params.choice(metric, "metric", QualityMetric.class, QualityMetric.TOTAL_HPRD), quarters));
    }

    @GET
    @Path(ExportFormat.PATH)
    public Response export(@PathParam("format") String format, @QueryParam("quarter") String quarter,
            @QueryParam("state") String state,
            @QueryParam("rating") String rating, @QueryParam("metric") String metric) throws Exception {
        String selected = Params.quarter(quarter, loaded.quarters());
        Optional<String> chosenState = Params.state(state);
        Rating chosenRating = Params.choice(rating, "rating", Rating.class, Rating.OVERALL);
        QualityMetric chosenMetric = Params.choice(metric, "metric", QualityMetric.class, QualityMetric.TOTAL_HPRD);
        return exports.export(format, TableData.ofQuarter("quality",
                QualityReadModel.filters(selected, chosenState, chosenRating, chosenMetric),
                QualityReadModel.query(selected, chosenState, chosenRating, chosenMetric), QualityReadModel.COLUMNS,
                selected));
    }
}
