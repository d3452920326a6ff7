package org.nhlakehouse.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.dashboard.testing.Html;
import org.nhlakehouse.dashboard.testing.SampleWarehouse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * SQL, HTML and CSV-formula payloads through every parameter of every page and export: never a 500, never the
 * payload echoed unescaped, and no effect on the data beyond "no match".
 */
@QuarkusTest
@WithTestResource(SampleWarehouse.class)
class InjectionTest {

    static final List<String> PAYLOADS = List.of(
            "' OR '1'='1",
            "2023Q2' OR 1=1 --",
            "1; DROP TABLE gold.dim_facility; --",
            "RI') UNION SELECT run_id FROM ops.pipeline_runs --",
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "=HYPERLINK(\"http://example.invalid\",\"x\")",
            "+cmd|' /C calc'!A0",
            "@SUM(1+1)",
            "-2+3",
            "%' OR ''='",
            "total_hprd desc; --",
            "../../../../etc/passwd",
            "{page.title}",
            "\u00e9\u00e8\u2603 unicode");

    static final Map<String, List<String>> PARAMETERS = Map.ofEntries(
            Map.entry("/", List.of("quarter")),
            Map.entry("/facilities", List.of("quarter", "state", "ownership", "band", "overall", "staffing", "q",
                    "hprd_min", "hprd_max", "sort", "dir", "page", "size")),
            Map.entry("/facilities/335513", List.of("quarter")),
            Map.entry("/facilities/335513/export.csv", List.of("quarter", "table")),
            Map.entry("/states", List.of("quarter", "metric")),
            Map.entry("/states/export.json", List.of("quarter", "metric", "table")),
            Map.entry("/states/NY", List.of("quarter", "metric")),
            Map.entry("/states/NY/export.json", List.of("quarter", "metric", "table")),
            Map.entry("/mix", List.of("quarter", "state")),
            Map.entry("/occupancy", List.of("quarter", "state", "dir", "page", "size")),
            Map.entry("/scatter", List.of("quarter", "state", "ownership", "color")),
            Map.entry("/quality", List.of("quarter", "state", "rating", "metric")),
            Map.entry("/health/export.csv", List.of("table")),
            Map.entry("/search", List.of("q")),
            Map.entry("/search.json", List.of("q", "limit")),
            Map.entry("/search/export.csv", List.of("q")),
            Map.entry("/search/export.json", List.of("q")),
            Map.entry("/compare", List.of("ccn", "metric", "q")),
            Map.entry("/compare/export.csv", List.of("ccn", "metric")),
            Map.entry("/compare/export.json", List.of("ccn", "metric")));

    @Test
    void payloadsInEveryParameter_neverFailTheServer_norComeBackUnescaped() {
        for (Map.Entry<String, List<String>> page : PARAMETERS.entrySet()) {
            for (String parameter : page.getValue()) {
                for (String payload : PAYLOADS) {
                    Response response = given().queryParam(parameter, payload).get(page.getKey());
                    String where = page.getKey() + "?" + parameter + "=" + payload;
                    assertThat(response.statusCode()).as(where).isIn(200, 400);
                    String body = response.asString();
                    if (payload.contains("<") || payload.contains("\"")) {
                        assertThat(body).as(where).doesNotContain(payload);
                    }
                    assertThat(body).as(where).doesNotContainIgnoringCase("exception")
                            .doesNotContainIgnoringCase("from gold").doesNotContain("at org.");
                }
            }
        }
    }

    @Test
    void payloadsInTheCcnPathSegment_areRejected() {
        for (String payload : PAYLOADS) {
            String segment = java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20");
            int status = given().urlEncodingEnabled(false).get("/facilities/" + segment).statusCode();
            assertThat(status).as(payload).isIn(400, 404);
        }
    }

    @Test
    void freeTextSearch_treatsPayloadsAsText_noMatchAndNoChange() {
        for (String payload : PAYLOADS) {
            Html page = Html.parse(given().queryParam("quarter", "2023Q2").queryParam("q", payload)
                    .get("/facilities").then().statusCode(200).extract().asString());
            assertThat(page.texts("facilities")).as(payload).isEmpty();
            assertThat(page.text("#facilities tbody")).contains("No match");
            assertThat(page.attr("form.filters input[name=q]", "value")).isEqualTo(payload.strip());

            String csv = given().queryParam("quarter", "2023Q2").queryParam("q", payload)
                    .get("/facilities/export.csv").then().statusCode(200).extract().asString();
            assertThat(csv.lines().count()).as(payload).isEqualTo(1);
        }
        Html all = Html.parse(given().get("/facilities?quarter=2023Q2&size=200").then().statusCode(200).extract()
                .asString());
        assertThat(all.texts("facilities")).hasSize(SampleWarehouse.facilityQuarters("2023Q2").size());
    }
}
