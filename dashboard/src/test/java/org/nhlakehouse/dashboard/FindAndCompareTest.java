package org.nhlakehouse.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.dashboard.metrics.Definitions;
import org.nhlakehouse.dashboard.testing.Csv;
import org.nhlakehouse.dashboard.testing.Html;
import org.nhlakehouse.dashboard.testing.SampleWarehouse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Issue 9, first contact and the facility page: coverage and the opening quarter, the search box and its JSON, the
 * facility page's top (headlines against state, nation and peers; trend first, daily rows behind a toggle), compare,
 * and measure definitions beside labels; all on the real samples.
 */
@QuarkusTest
@WithTestResource(SampleWarehouse.class)
class FindAndCompareTest {

    static final List<String> PAGES = List.of("/", "/facilities", "/facilities/415002", "/states", "/states/NY", "/mix",
            "/occupancy", "/scatter", "/quality", "/health", "/metrics", "/search?q=hattie",
            "/compare?ccn=415002,335513");

    static Html get(String path) {
        return Html.parse(given().get(path).then().statusCode(200).contentType("text/html").extract().asString());
    }

    static JsonPath search(String q) {
        return given().queryParam("q", q).get("/search.json").then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    @Test
    void pagesOpenOnTheLatestBroadQuarter_andSayWhatItCovers() {
        long facilities = SampleWarehouse.facilityQuarters("2023Q2").size();
        long states = SampleWarehouse.facilityQuarters("2023Q2").stream().map(r -> r.get("state")).distinct().count();
        String coverage = "2023Q2: " + facilities + " facilities in " + states + " states reported";
        for (String path : List.of("/", "/facilities", "/states", "/states/NY", "/mix", "/occupancy", "/scatter",
                "/quality")) {
            Html page = get(path);
            assertThat(page.text("#coverage")).as(path)
                    .isEqualTo(coverage + "; the figures describe these facilities, not the nation.");
            assertThat(page.text("select[name=quarter] option[selected]")).as(path)
                    .isEqualTo("2023Q2 \u00b7 " + facilities + " facilities");
            assertThat(page.attrs("select[name=quarter] option", "value")).as(path).hasSize(34);
        }
        assertThat(get("/").text("#coverage-rule")).contains("at least 50% as many reporting facilities")
                .contains("at least 50 states and territories");
        Html latest = get("/?quarter=2025Q3");
        assertThat(latest.text(".figures h2")).isEqualTo("2025Q3: the 1 facility in 1 state that reported, not the "
                + "whole country").doesNotContain("national");
        assertThat(latest.text("select[name=quarter] option[value=2025Q3]")).endsWith("(partial)");
        // The map and state pages (merged from the states work) never call a partial quarter national either.
        assertThat(get("/states").text("#national")).startsWith("All reporting facilities");
        Html state = get("/states/NY");
        assertThat(state.text("section.figures")).contains("all reporting facilities")
                .doesNotContainIgnoringCase("national");
        assertThat(state.headers("state-trend-table").get(2)).endsWith("(all reporting facilities)");
        assertThat(state.attr("#state-trend", "data-chart")).contains("All reporting facilities")
                .doesNotContain("National");
    }

    @Test
    void searchFindsByNameCityCountyStateOrCcn_ignoringCasePunctuationAndWordEnds() {
        Map<String, Object> hattie = SampleWarehouse.published("gold/dim_facility", "ccn = ?", "415002").getFirst();
        String name = (String) hattie.get("provider_name");

        assertThat(search("hattie ide").getList("results.ccn")).first().isEqualTo("415002");
        assertThat(search(name.toLowerCase().replace(" ", "  ") + "!").getList("results.ccn")).contains("415002");
        assertThat(search("HATT CHAFF").getList("results.ccn")).contains("415002");
        assertThat(search("415002").getList("results.ccn")).first().isEqualTo("415002");
        assertThat(search("415002").getString("results[0].href")).isEqualTo("/facilities/415002");
        String city = (String) hattie.get("city");
        assertThat(search(city.toLowerCase()).getList("results.ccn")).contains("415002");
        if (hattie.get("county") != null) {
            assertThat(search(hattie.get("county") + " " + name.split(" ")[0]).getList("results.ccn"))
                    .contains("415002");
        }
        long inRi = SampleWarehouse.published("gold/dim_facility", "state = 'RI'").size();
        assertThat(search("rhode island").getInt("total")).isEqualTo((int) inRi);
        assertThat(search("ri").getInt("total")).isGreaterThanOrEqualTo((int) inRi);
        assertThat(search("zzzz-no-such-home").getInt("total")).isZero();
        // Across every quarter: the facility whose file runs from 2017 is found though it is alone in its quarters.
        assertThat(search("335513").getString("results[0].first_quarter")).isEqualTo("2017Q1");
        given().queryParam("q", "x".repeat(81)).get("/search.json").then().statusCode(400);
    }

    @Test
    void searchPage_listsTheMatches_forUseWithoutJavaScript() {
        Html page = get("/search?q=hattie");
        assertThat(page.attrs("#search-results a", "href")).contains("/facilities/415002");
        assertThat(page.text("#search-count")).contains("match");
        assertThat(page.attr("#page-search", "value")).isEqualTo("hattie");
    }

    @Test
    void everyPage_hasTheSearchBox_aSkipLink_andAMainLandmark() {
        for (String path : PAGES) {
            Html page = get(path);
            assertThat(page.attr("a.skip-link", "href")).as(path).isEqualTo("#main");
            assertThat(page.document().getElementById("main")).as(path).isNotNull();
            assertThat(page.attr("#site-search", "role")).as(path).isEqualTo("combobox");
            assertThat(page.attr("#site-search", "aria-controls")).as(path).isEqualTo("site-search-list");
            assertThat(page.attr("#site-search-list", "role")).as(path).isEqualTo("listbox");
            assertThat(page.attr("form[data-search]", "action")).as(path).isEqualTo("/search");
        }
    }

    @Test
    void facilityTop_putsEachHeadlineBesideStateAndNation_withRanksInWords() {
        Html page = get("/facilities/415002?quarter=2023Q2");
        List<Map<String, Object>> quarter = SampleWarehouse.facilityQuarters("2023Q2");
        Map<String, Object> me = quarter.stream().filter(r -> r.get("ccn").equals("415002")).findFirst()
                .orElseThrow();
        List<Map<String, Object>> ri = quarter.stream().filter(r -> "RI".equals(r.get("state"))
                && r.get("rn_hprd") != null).toList();
        double rn = ((Number) me.get("rn_hprd")).doubleValue();
        long lower = ri.stream().filter(r -> ((Number) r.get("rn_hprd")).doubleValue() < rn).count();
        long higher = ri.stream().filter(r -> ((Number) r.get("rn_hprd")).doubleValue() > rn).count();
        String words = (lower >= higher ? "higher than " + Math.round(100.0 * lower / ri.size())
                : "lower than " + Math.round(100.0 * higher / ri.size())) + "% of the " + ri.size()
                + " facilities in RI";

        assertThat(page.attrs("[data-headline]", "data-headline")).containsExactly("total_hprd", "rn_hprd",
                "aide_hprd", "weekend_total_hprd", "total_contract_share");
        assertThat(page.attr("[data-headline=rn_hprd]", "data-value")).isEqualTo(String.valueOf(me.get("rn_hprd")));
        assertThat(page.text("[data-headline=rn_hprd] [data-rank=state]"))
                .isEqualTo("RN HPRD " + String.format("%.3f", rn) + ": " + words + ".");
        assertThat(page.text("[data-headline=rn_hprd] [data-context=state]")).matches("\\d\\.\\d{3}");
        assertThat(page.text("[data-headline=total_contract_share] .value")).endsWith("%");
        assertThat(page.text("#headlines .context")).contains("All reporting facilities").doesNotContain("National");
        assertThat(get("/states?quarter=2023Q2").text("#national")).startsWith("All reporting facilities Total");
        // Its peer group (ownership and bed-size band) is small in the samples: said, not ranked.
        assertThat(page.text("[data-headline=rn_hprd] [data-rank=peers]"))
                .matches("(too few to rank against: \\d+ non-profit facilit(y|ies) with [0-9-]+ beds \\(at least 10 "
                        + "needed\\)|(higher|lower) than \\d+% of the \\d+ non-profit facilities with [0-9-]+ beds)\\.");
    }

    @Test
    void facilityPage_trendComesFirst_theDailyRowsBehindAToggle_peersInWords() {
        Html page = get("/facilities/335513?quarter=2023Q2");
        String html = page.document().html();
        assertThat(html.indexOf("id=\"trend-chart\"")).isLessThan(html.indexOf("id=\"daily-chart\""))
                .isLessThan(html.indexOf("id=\"identity\""));
        assertThat(page.document().select("details#days-rows table#days")).hasSize(1);
        assertThat(page.document().select("#contract-trend-chart")).hasSize(1);
        assertThat(page.attr("#trend-chart", "data-chart")).contains("Weekend total");
        List<List<String>> peers = page.texts("peers");
        assertThat(peers).extracting(r -> r.get(0)).contains("Total nurse HPRD", "Contract share of hours")
                .doesNotContain("total_hprd");
        assertThat(peers).extracting(r -> r.get(1)).contains("State", "Bed-size band", "Ownership");
        assertThat(peers).filteredOn(r -> r.get(0).equals("Contract share of hours"))
                .allSatisfy(r -> assertThat(r.get(7)).endsWith("%"));
        assertThat(peers).filteredOn(r -> Long.parseLong(r.get(4).replace(",", "")) < 10)
                .allSatisfy(r -> assertThat(r.get(10)).startsWith("too small to rank"));
    }

    @Test
    void compare_drawsOneLinePerFacility_andExportsItsTable() {
        Html page = get("/compare?ccn=415002,335513");
        long rows = SampleWarehouse.published("gold/fct_facility_quarter", "ccn in ('415002', '335513')").size();

        assertThat(page.attrs("#chosen li", "data-ccn")).containsExactly("415002", "335513");
        assertThat(page.attrs("#side-by-side tr[data-measure=quarter] td", "data-value"))
                .containsExactly("2023Q2", "2025Q3");
        Object latestRn = SampleWarehouse.published("gold/fct_facility_quarter",
                "ccn = '335513' and quarter = '2025Q3'").getFirst().get("rn_hprd");
        assertThat(page.attrs("#side-by-side tr[data-measure=rn_hprd] td", "data-value").get(1))
                .isEqualTo(String.valueOf(latestRn));
        assertThat(page.texts("compare")).hasSize((int) rows);
        assertThat(page.attr("#compare-chart", "data-chart")).contains("(415002)").contains("(335513)");
        assertThat(page.attr("#chosen li[data-ccn=415002] a[aria-label]", "href")).isEqualTo("/compare?ccn=335513");
        assertThat(page.attr("#compare-search", "role")).isEqualTo("combobox");
        assertThat(page.attr("form[data-pick]", "data-pick")).isEqualTo("/compare?ccn=415002%2C335513");

        String csv = given().urlEncodingEnabled(false).get(page.attr("a[data-export=compare]", "href")).then().statusCode(200)
                .header("Content-Disposition", containsString("compare_ccn-415002-335513_asof-")).extract().asString();
        assertThat(Csv.parse(csv).subList(1, (int) rows + 1)).isEqualTo(page.values("compare"));

        Html rn = get("/compare?ccn=415002&ccn=335513&metric=rn_hprd");
        assertThat(rn.attr("#compare-chart", "data-chart")).contains("RN HPRD per quarter");
        assertThat(get("/compare?ccn=415002").text("#compare-empty")).contains("one more");
        assertThat(get("/compare?ccn=415002&q=hattie").document().select("#compare-matches a")).isEmpty();
        assertThat(get("/compare?ccn=415002&q=335513").attrs("#compare-matches a", "href"))
                .containsExactly("/compare?ccn=415002%2C335513");
        given().get("/compare?ccn=415002,335513,415001,415003,415004,415005").then().statusCode(400)
                .body(containsString("ccn"));
        given().get("/compare?ccn=999999").then().statusCode(400).body(containsString("999999"));
    }

    @Test
    void measureLabels_carryTheMetricCatalogsDefinition() {
        String definition = Definitions.definition("total_hprd").description();
        Html facilities = get("/facilities");
        assertThat(facilities.attr("#facilities th a.def[href='/metrics#fct_facility_quarter.total_hprd']",
                "data-definition")).isEqualTo(definition);
        assertThat(definition).contains("total nurse staffing HPRD");
        Html facility = get("/facilities/415002?quarter=2023Q2");
        assertThat(facility.attr("[data-headline=rn_hprd] a.def", "data-definition"))
                .isEqualTo(Definitions.definition("rn_hprd").description());
        assertThat(get("/").document().select(".figure a.def")).isNotEmpty();
        // A state ranking's "value" columns hold the chosen metric: its definition, not none.
        assertThat(get("/states?metric=rn_hprd").attr("#states th a.def", "data-definition"))
                .isEqualTo(Definitions.definition("rn_hprd").description());
        assertThat(get("/states/NY").attr("#state-facilities th:last-child a.def", "data-definition")).isEqualTo(definition);
        assertThat(Definitions.definition("ccn")).isNull();
    }
}
