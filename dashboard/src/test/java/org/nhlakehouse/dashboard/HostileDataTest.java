package org.nhlakehouse.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.dashboard.testing.Csv;
import org.nhlakehouse.dashboard.testing.HostileWarehouse;
import org.nhlakehouse.dashboard.testing.Html;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Data that attacks: names with markup are escaped in pages and charts, names with formulas neutralized in CSV. */
@QuarkusTest
@WithTestResource(HostileWarehouse.class)
class HostileDataTest {

    @Test
    void markupInData_isEscapedInTablesAndChartData() {
        for (String path : List.of("/facilities?quarter=2024Q1", "/scatter?quarter=2024Q1",
                "/occupancy?quarter=2024Q1", "/facilities/015999")) {
            String body = given().get(path).then().statusCode(200).extract().asString();
            assertThat(body).as(path).doesNotContain("<script>alert").doesNotContain("=\"http://example.invalid");
        }
        Html page = Html.parse(given().get("/facilities?quarter=2024Q1").then().extract().asString());
        assertThat(page.texts("facilities")).extracting(r -> r.get(1)).contains(HostileWarehouse.SCRIPT_NAME,
                HostileWarehouse.FORMULA_NAME);
        assertThat(page.document().select("script")).allSatisfy(s -> assertThat(s.attr("src")).startsWith(
                "/static/bundle/"));
    }

    @Test
    void formulaInData_isNeutralizedInTheCsvExport() {
        String body = given().get("/facilities/export.csv?quarter=2024Q1").then().statusCode(200).extract()
                .asString();

        List<Map<String, String>> rows = Csv.records(body);
        assertThat(rows).extracting(r -> r.get("Name")).contains("'" + HostileWarehouse.FORMULA_NAME,
                HostileWarehouse.SCRIPT_NAME);
    }
}
