package org.nhlakehouse.dashboard.health;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.dashboard.export.ExportFormat;
import org.nhlakehouse.dashboard.export.TableData;
import org.nhlakehouse.dashboard.page.PageResource;
import org.nhlakehouse.dashboard.page.PageServices;
import org.nhlakehouse.dashboard.query.GoldQueries;
import org.nhlakehouse.dashboard.view.Charts;
import org.nhlakehouse.dashboard.view.Charts.Series;
import org.nhlakehouse.dashboard.view.Charts.ValueFormat;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.view.Nav;
import org.nhlakehouse.dashboard.view.Page;
import org.nhlakehouse.dashboard.view.Provenance;
import org.nhlakehouse.dashboard.web.Params;
import org.nhlakehouse.dashboard.web.QueryString;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** {@code /health}: what came in, what was kept, rejected or superseded, and how the pipeline runs went. */
@Path("/health")
public class HealthResource extends PageResource<GoldQueries> {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance health(Page page, HealthView view);
    }

    public HealthResource(GoldQueries model, PageServices services) {
        super(model, services);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance health() {
        Page page = page("Data health", Nav.HEALTH);
        Provenance provenance = page.provenance();
        QueryResult files = model.run(HealthTable.FILES.query());
        List<String> names = files.rows().stream().map(r -> (String) r.getFirst()).toList();
        HealthView view = new HealthView(provenance.lastQuarter(), provenance.providerInfoRelease(),
                provenance.lastRun(), provenance.publishedAt(), provenance.source(),
                Charts.categories("health-chart", "Rows per input file", "File", names, "Rows", ValueFormat.INTEGER,
                        List.of(stacked("Kept", files, 4), stacked("Rejected", files, 5),
                                stacked("Superseded", files, 6)),
                        true),
                table(HealthTable.FILES, files), table(HealthTable.REASONS, model.run(HealthTable.REASONS.query())),
                table(HealthTable.EXCLUDED, model.run(HealthTable.EXCLUDED.query())),
                table(HealthTable.RUNS, model.run(HealthTable.RUNS.query())));
        return Templates.health(page, view);
    }

    @GET
    @Path(ExportFormat.PATH)
    public Response export(@PathParam("format") String format, @QueryParam("table") String table) throws Exception {
        HealthTable which = Params.choice(table, "table", HealthTable.class, HealthTable.FILES);
        return exportTable(format,
                TableData.of("health-" + which.param(), QueryString.create(), which.query(), which.columns()));
    }

    private static Series stacked(String name, QueryResult files, int column) {
        return Series.of(name, "bar", Charts.points(files.rows(), column, ValueFormat.INTEGER)).with("stack", "rows");
    }

    private static DataTable table(HealthTable table, QueryResult result) {
        return DataTable.of("health-" + table.param(), table.label(), table.columns(), result,
                QueryString.create().with("table", table).link("/health/export.csv"), c -> "");
    }
}
