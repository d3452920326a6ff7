package org.nhlakehouse.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nhlakehouse.dashboard.testing.Csv;
import org.nhlakehouse.dashboard.testing.Html;
import org.nhlakehouse.dashboard.testing.SampleWarehouse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Every table's CSV export, followed from the link on its page: RFC 4180 in UTF-8 with a header row, a file name that
 * carries the view, the filters and the data's as-of, and exactly the rows and values the table shows (all pages of a
 * paginated table, in the same order).
 */
@QuarkusTest
@WithTestResource(SampleWarehouse.class)
class ExportsTest {

    @ParameterizedTest(name = "{0} #{1}")
    @CsvSource({
            "/?quarter=2023Q2, national, overview_quarter-2023Q2, ",
            "/facilities?quarter=2023Q2&state=RI&sort=rn_hprd&dir=asc&size=200, facilities, facilities_quarter-2023Q2_state-RI_sort-rn_hprd_dir-asc_size-200, 2023Q2",
            "/facilities/335513?quarter=2023Q2, days, facility-335513-days_quarter-2023Q2, 2023Q2",
            "/facilities/335513?quarter=2023Q2, quarters, facility-335513-quarters_quarter-2023Q2, ",
            "/facilities/335513?quarter=2023Q2, mix, facility-335513-mix_quarter-2023Q2, 2023Q2",
            "/facilities/415002?quarter=2023Q2, peers, facility-415002-peers_quarter-2023Q2, 2023Q2",
            "/states?quarter=2023Q2&metric=rn_hprd, states, states_quarter-2023Q2_metric-rn_hprd, 2023Q2",
            "/states/NY?quarter=2023Q2, state-facilities, state-NY-facilities_quarter-2023Q2, 2023Q2",
            "/states/NY?quarter=2023Q2, state-trend-table, state-NY-trend_quarter-2023Q2, ",
            "/compare?ccn=415002&ccn=335513, compare, compare_ccn-415002-335513, ",
            "/search?q=providence, search-results, search_q-providence, ",
            "/mix?quarter=2023Q2, mix-states, mix-states_quarter-2023Q2, 2023Q2",
            "/mix?quarter=2023Q2&state=NY, mix-trend, mix-trend_quarter-2023Q2_state-NY, ",
            "/occupancy?quarter=2023Q2, occupancy-distribution, occupancy-distribution_quarter-2023Q2, 2023Q2",
            "/occupancy?quarter=2023Q2, occupancy-states, occupancy-states_quarter-2023Q2, 2023Q2",
            "/occupancy?quarter=2023Q2&size=200, occupancy-facilities, occupancy-facilities_quarter-2023Q2, 2023Q2",
            "/scatter?quarter=2023Q2&state=WV, scatter, scatter_quarter-2023Q2_state-WV, 2023Q2",
            "/quality?quarter=2023Q2&rating=staffing, quality, quality_quarter-2023Q2_rating-staffing_metric-total_hprd, 2023Q2",
            "/health, health-files, health-files, ",
            "/health, health-reasons, health-reasons, ",
            "/health, health-runs, health-runs, " })
    void export_matchesTheTableOnThePage(String pagePath, String tableId, String fileNameStart, String quarter) {
        Html page = Html.parse(given().get(pagePath).then().statusCode(200).extract().asString());
        String href = page.attr("a[data-export=" + tableId + "]", "href");

        // The link is already URL-encoded (compare's "415002,335513" as %2C): sent as the browser sends it.
        Response export = given().urlEncodingEnabled(false).get(href);
        export.then().statusCode(200).contentType("text/csv; charset=utf-8");
        String disposition = export.header("Content-Disposition");
        assertThat(disposition).startsWith("attachment; filename=\"")
                .containsPattern("_asof-2025Q3-pi-\\d{4}-\\d{2}-\\d{2}\\.csv\"$");
        assertThat(disposition.substring(disposition.indexOf('"') + 1))
                .startsWith(fileNameStart);
        byte[] bytes = export.asByteArray();
        assertThat(java.util.Arrays.copyOf(bytes, 3)).as("UTF-8 byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> csv = Csv.parse(new String(bytes, StandardCharsets.UTF_8));

        // The page's column names; a one-quarter table's rows are led by their quarter.
        List<String> header = quarter == null ? page.headers(tableId)
                : java.util.stream.Stream.concat(java.util.stream.Stream.of("Quarter"),
                        page.headers(tableId).stream()).toList();
        List<List<String>> rows = page.values(tableId).stream()
                .map(r -> quarter == null ? r
                        : java.util.stream.Stream.concat(java.util.stream.Stream.of(quarter), r.stream()).toList())
                .toList();
        assertThat(csv.getFirst()).isEqualTo(header);
        assertThat(csv.subList(1, csv.size())).isEqualTo(rows);
    }

    /** The same table as JSON: its machine names as keys, the same values and rows as the CSV. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/states/export.json?quarter=2023Q2&metric=rn_hprd, /states/export.csv?quarter=2023Q2&metric=rn_hprd",
            "/facilities/export.json?quarter=2023Q2&state=RI, /facilities/export.csv?quarter=2023Q2&state=RI",
            "/export.json?quarter=2023Q2, /export.csv?quarter=2023Q2",
            "/states/NY/export.json?quarter=2023Q2, /states/NY/export.csv?quarter=2023Q2",
            "/facilities/415002/export.json?quarter=2023Q2&table=headlines, /facilities/415002/export.csv?quarter=2023Q2&table=headlines",
            "/compare/export.json?ccn=415002&ccn=335513, /compare/export.csv?ccn=415002&ccn=335513",
            "/search/export.json?q=providence, /search/export.csv?q=providence",
            "/health/export.json?table=files, /health/export.csv?table=files",
            "/health/export.json?table=runs, /health/export.csv?table=runs" })
    void jsonExport_isTheCsvUnderMachineNames(String jsonPath, String csvPath) {
        io.restassured.path.json.JsonPath json = given().get(jsonPath).then().statusCode(200)
                .contentType("application/json").extract().jsonPath()
                .using(new io.restassured.path.json.config.JsonPathConfig(
                        io.restassured.path.json.config.JsonPathConfig.NumberReturnType.BIG_DECIMAL));
        List<List<String>> csv = Csv.parse(given().get(csvPath).then().statusCode(200).extract().asString());

        List<String> names = json.getList("columns.name");
        assertThat(json.getList("columns.label", String.class)).isEqualTo(csv.getFirst());
        List<java.util.Map<String, Object>> rows = json.getList("rows");
        assertThat(rows).hasSize(csv.size() - 1).isNotEmpty();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < names.size(); c++) {
                Object value = rows.get(r).get(names.get(c));
                String expected = csv.get(r + 1).get(c);
                if (value instanceof Number n) {
                    assertThat(new java.math.BigDecimal(n.toString())).isEqualByComparingTo(expected);
                } else {
                    assertThat(value == null ? "" : value.toString()).isEqualTo(expected);
                }
            }
        }
        if (jsonPath.contains("quarter=")) {
            assertThat(json.getString("filters.quarter")).isEqualTo("2023Q2");
        }
    }

    /**
     * The facility page's top is figures, not a table: its export holds each headline measure, in page order, with
     * the values shown and the counts behind the ranks in words.
     */
    @org.junit.jupiter.api.Test
    void facilityTopExport_holdsTheHeadlineMeasuresOfThePage() {
        Html page = Html.parse(given().get("/facilities/415002?quarter=2023Q2").then().statusCode(200).extract()
                .asString());
        String href = page.attr("a[data-export=headlines]", "href");

        Response export = given().get(href);
        export.then().statusCode(200).contentType("text/csv; charset=utf-8");
        assertThat(export.header("Content-Disposition")).contains("facility-415002-headlines_quarter-2023Q2_asof-");
        byte[] bytes = export.asByteArray();
        assertThat(java.util.Arrays.copyOf(bytes, 3)).as("UTF-8 byte-order mark").containsExactly(0xEF, 0xBB, 0xBF);
        List<List<String>> csv = Csv.parse(new String(bytes, StandardCharsets.UTF_8));
        assertThat(csv.getFirst()).startsWith("Quarter", "Measure", "This facility", "State value",
                "All reporting facilities");
        List<List<String>> rows = csv.subList(1, csv.size());
        assertThat(rows).extracting(r -> r.get(0)).containsOnly("2023Q2");
        assertThat(rows).extracting(r -> r.get(1)).isEqualTo(page.attrs("li[data-headline]", "data-headline"))
                .isNotEmpty();
        assertThat(rows).extracting(r -> r.get(2)).isEqualTo(page.attrs("li[data-headline]", "data-value"));
    }

    @org.junit.jupiter.api.Test
    void openApi_describesEveryViewsExport_withTheSharedTableSchema() {
        io.restassured.path.json.JsonPath api = given().get("/openapi?format=json").then().statusCode(200).extract()
                .jsonPath();

        java.util.Map<String, Object> paths = api.getMap("paths");
        List<String> exports = paths.keySet().stream().filter(p -> p.endsWith("/export.{format}")).sorted().toList();
        assertThat(exports).contains("/export.{format}", "/facilities/export.{format}", "/compare/export.{format}",
                "/search/export.{format}",
                "/facilities/{ccn}/export.{format}", "/states/export.{format}", "/states/{state}/export.{format}",
                "/mix/export.{format}", "/occupancy/export.{format}", "/scatter/export.{format}",
                "/quality/export.{format}");
        for (String path : exports) {
            String operation = "paths.'" + path + "'.get";
            assertThat(api.getString(operation + ".responses.'200'.content.'application/json'.schema.'$ref'"))
                    .as(path).isEqualTo("#/components/schemas/TableExport");
            assertThat(api.getList(operation + ".parameters.name", String.class)).as(path).contains("format");
        }
        assertThat(api.getList("components.schemas.TableExport.required", String.class)).contains("columns", "rows");
        assertThat(api.getList("paths.'/states/export.{format}'.get.parameters.name", String.class))
                .contains("quarter", "metric", "table");
        // Pages whose filters are one record, read through a @BeanParam, still document each parameter.
        assertThat(api.getList("paths.'/scatter/export.{format}'.get.parameters.name", String.class))
                .contains("quarter", "state", "ownership", "color");
        assertThat(api.getList("paths.'/quality/export.{format}'.get.parameters.name", String.class))
                .contains("quarter", "state", "rating", "metric");
        assertThat(api.getList("paths.'/mix/export.{format}'.get.parameters.name", String.class))
                .contains("quarter", "state", "table");
        assertThat(api.getList("paths.'/occupancy/export.{format}'.get.parameters.name", String.class))
                .contains("quarter", "state", "dir", "size", "table");
        assertThat(api.getList("paths.'/facilities/export.{format}'.get.parameters.name", String.class))
                .contains("quarter", "state", "ownership", "band", "q", "hprd_min", "sort");
        // The metrics page, where the machine names are defined, points scripts to it.
        assertThat(Html.parse(given().get("/metrics").then().statusCode(200).extract().asString())
                .attr("#data-api a", "href")).isEqualTo("/openapi?format=json");
    }

    @org.junit.jupiter.api.Test
    void facilitiesExport_carriesEveryPageOfTheTable() {
        Html first = Html.parse(given().get("/facilities?quarter=2023Q2&sort=ccn&dir=asc&size=25").then()
                .statusCode(200).extract().asString());

        String body = given().get(first.attr("a[data-export=facilities]", "href")).then().statusCode(200).extract()
                .asString();
        List<List<String>> csv = Csv.parse(body);
        assertThat(csv).hasSize(1 + SampleWarehouse.facilityQuarters("2023Q2").size());
        assertThat(csv.subList(1, 26)).extracting(row -> row.subList(1, row.size()))
                .isEqualTo(first.values("facilities"));
        assertThat(csv.getFirst()).startsWith("Quarter", "CCN", "Name");
    }

    @org.junit.jupiter.api.Test
    void exportWithNoMatchingRows_isAHeaderOnly() {
        String body = given().get("/facilities/export.csv?quarter=2023Q2&q=no such facility").then().statusCode(200)
                .extract().asString();

        assertThat(Csv.parse(body)).hasSize(1);
    }
}
