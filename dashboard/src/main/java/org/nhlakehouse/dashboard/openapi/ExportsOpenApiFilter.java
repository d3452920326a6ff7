package org.nhlakehouse.dashboard.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Documents every view's {@code export.{format}} operation in the OpenAPI description ({@code /openapi}): the JSON
 * body all of them share ({@code TableExport}, written by {@code CsvExports}) and the CSV beside it. The operations
 * themselves are found by scanning the resources, so a new view's export appears without being listed here.
 */
public class ExportsOpenApiFilter implements OASFilter {

    static final String SCHEMA = "TableExport";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.info(OASFactory.createInfo().title("NH Lakehouse dashboard data").version("1")
                .description("Every table of every dashboard page as JSON (for scripts) or CSV (for spreadsheets): "
                        + "GET the page's own path + /export.json or /export.csv with the page's query parameters "
                        + "(table= picks one of a page's tables). JSON keys are the columns' stable machine names "
                        + "(columns are added, never renamed); the CSV header row holds the labels the page shows, "
                        + "after a UTF-8 byte-order mark. A one-quarter table's rows start with their quarter. "
                        + "Definitions of every measure: /metrics."));
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, tableSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> entry : openAPI.getPaths().getPathItems().entrySet()) {
            Operation get = entry.getValue().getGET();
            if (get != null && entry.getKey().endsWith("/export.{format}")) {
                document(entry.getKey(), get);
            }
        }
    }

    private static void document(String path, Operation get) {
        get.summary("The table of " + path.substring(0, path.length() - "/export.{format}".length())
                .replaceFirst("^$", "/") + " as JSON or CSV");
        get.responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()
                .description("The table: every row (all pages of a paginated table), values unrounded")
                .content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(SCHEMA)))
                        .addMediaType("text/csv", OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().type(List.of(SchemaType.STRING))))))
                .addAPIResponse("400", OASFactory.createAPIResponse()
                        .description("A parameter is invalid; the page names it"))
                .addAPIResponse("503", OASFactory.createAPIResponse()
                        .description("No Gold published yet: run the pipeline")));
    }

    private static Schema tableSchema() {
        Schema text = OASFactory.createSchema().type(List.of(SchemaType.STRING));
        Schema column = OASFactory.createSchema().type(List.of(SchemaType.OBJECT))
                .addProperty("name", OASFactory.createSchema().type(List.of(SchemaType.STRING))
                        .description("Stable machine name: the key of this column in each row"))
                .addProperty("label", OASFactory.createSchema().type(List.of(SchemaType.STRING))
                        .description("The column's name on the page and in the CSV header"))
                .addProperty("unit", OASFactory.createSchema().type(List.of(SchemaType.STRING))
                        .description("Unit, e.g. hours per resident per day; empty when none"));
        return OASFactory.createSchema().type(List.of(SchemaType.OBJECT))
                .description("One page table. Shares are fractions (0.25 = 25%); HPRD are hours per resident per day.")
                .addProperty("view", OASFactory.createSchema().type(List.of(SchemaType.STRING))
                        .description("The table's name, also the start of the CSV file name, e.g. states"))
                .addProperty("filters", OASFactory.createSchema().type(List.of(SchemaType.OBJECT))
                        .additionalPropertiesSchema(text)
                        .description("The normalized filters the rows answer (defaults filled in)"))
                .addProperty("asOf", OASFactory.createSchema().type(List.of(SchemaType.STRING))
                        .description("Newest PBJ quarter and Provider Info date loaded, e.g. 2025Q3-pi-2024-11-01"))
                .addProperty("columns", OASFactory.createSchema().type(List.of(SchemaType.ARRAY)).items(column))
                .addProperty("rows", OASFactory.createSchema().type(List.of(SchemaType.ARRAY))
                        .items(OASFactory.createSchema().type(List.of(SchemaType.OBJECT))
                                .description("Column name to value: number, text, boolean or null")))
                .required(List.of("view", "filters", "asOf", "columns", "rows"));
    }
}
