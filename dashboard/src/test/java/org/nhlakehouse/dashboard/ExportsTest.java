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
            "/?quarter=2023Q2, national, overview_quarter-2023Q2",
            "/facilities?quarter=2023Q2&state=RI&sort=rn_hprd&dir=asc&size=200, facilities, facilities_quarter-2023Q2_state-RI_sort-rn_hprd_dir-asc_size-200",
            "/facilities/335513?quarter=2023Q2, days, facility-335513-days_quarter-2023Q2",
            "/facilities/335513?quarter=2023Q2, quarters, facility-335513-quarters_quarter-2023Q2",
            "/facilities/335513?quarter=2023Q2, mix, facility-335513-mix_quarter-2023Q2",
            "/facilities/415002?quarter=2023Q2, peers, facility-415002-peers_quarter-2023Q2",
            "/states?quarter=2023Q2&metric=rn_hprd, states, states_quarter-2023Q2_metric-rn_hprd",
            "/mix?quarter=2023Q2, mix-states, mix-states_quarter-2023Q2",
            "/mix?quarter=2023Q2&state=NY, mix-trend, mix-trend_quarter-2023Q2_state-NY",
            "/occupancy?quarter=2023Q2, occupancy-distribution, occupancy-distribution_quarter-2023Q2",
            "/occupancy?quarter=2023Q2, occupancy-states, occupancy-states_quarter-2023Q2",
            "/occupancy?quarter=2023Q2&size=200, occupancy-facilities, occupancy-facilities_quarter-2023Q2",
            "/scatter?quarter=2023Q2&state=WV, scatter, scatter_quarter-2023Q2_state-WV",
            "/quality?quarter=2023Q2&rating=staffing, quality, quality_quarter-2023Q2_rating-staffing_metric-total_hprd",
            "/health, health-files, health-files",
            "/health, health-reasons, health-reasons",
            "/health, health-runs, health-runs" })
    void export_matchesTheTableOnThePage(String pagePath, String tableId, String fileNameStart) {
        Html page = Html.parse(given().get(pagePath).then().statusCode(200).extract().asString());
        String href = page.attr("a[data-export=" + tableId + "]", "href");

        Response export = given().get(href);
        export.then().statusCode(200).contentType("text/csv; charset=utf-8");
        String disposition = export.header("Content-Disposition");
        assertThat(disposition).startsWith("attachment; filename=\"")
                .containsPattern("_asof-2025Q3-pi-\\d{4}-\\d{2}-\\d{2}\\.csv\"$");
        assertThat(disposition.substring(disposition.indexOf('"') + 1))
                .startsWith(fileNameStart);
        String body = new String(export.asByteArray(), StandardCharsets.UTF_8);
        List<List<String>> csv = Csv.parse(body);

        assertThat(csv.getFirst()).hasSize(page.texts(tableId).isEmpty() ? csv.getFirst().size()
                : page.values(tableId).getFirst().size());
        assertThat(csv.subList(1, csv.size())).isEqualTo(page.values(tableId));
    }

    @org.junit.jupiter.api.Test
    void facilitiesExport_carriesEveryPageOfTheTable() {
        Html first = Html.parse(given().get("/facilities?quarter=2023Q2&sort=ccn&dir=asc&size=25").then()
                .statusCode(200).extract().asString());

        String body = given().get(first.attr("a[data-export=facilities]", "href")).then().statusCode(200).extract()
                .asString();
        List<List<String>> csv = Csv.parse(body);
        assertThat(csv).hasSize(1 + SampleWarehouse.facilityQuarters("2023Q2").size());
        assertThat(csv.subList(1, 26)).isEqualTo(first.values("facilities"));
        assertThat(csv.getFirst()).startsWith("ccn", "provider_name", "city", "state");
    }

    @org.junit.jupiter.api.Test
    void exportWithNoMatchingRows_isAHeaderOnly() {
        String body = given().get("/facilities/export.csv?quarter=2023Q2&q=no such facility").then().statusCode(200)
                .extract().asString();

        assertThat(Csv.parse(body)).hasSize(1);
    }
}
