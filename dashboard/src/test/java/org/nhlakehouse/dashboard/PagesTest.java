package org.nhlakehouse.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.dashboard.testing.Html;
import org.nhlakehouse.dashboard.testing.SampleWarehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every view on the real CMS samples: the numbers a page shows equal the facility-quarters export (gold
 * rpt_facility_quarters, read straight from its published Parquet), and filters and sorting change the rows as they
 * say.
 */
@QuarkusTest
@WithTestResource(SampleWarehouse.class)
class PagesTest {

    static final String Q = "2023Q2";

    static Html get(String path) {
        return Html.parse(given().get(path).then().statusCode(200).contentType("text/html").extract().asString());
    }

    /** The ECharts option a chart element carries. */
    static JsonNode chartOption(Html page, String id) {
        try {
            return new ObjectMapper().readTree(page.attr("#" + id, "data-chart"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    /** A resident-day weighted mean of a facility measure, as CMS pools HPRD. */
    static double weighted(List<Map<String, Object>> rows, String column) {
        double hours = 0;
        double days = 0;
        for (Map<String, Object> row : rows) {
            if (row.get(column) != null) {
                hours += number(row.get(column)) * number(row.get("resident_days"));
                days += number(row.get("resident_days"));
            }
        }
        return hours / days;
    }

    @Test
    void overview_showsNationalFiguresOfTheQuarter_equalToTheFacilityQuartersExport() {
        Html page = get("/?quarter=" + Q);
        List<Map<String, Object>> facilities = SampleWarehouse.facilityQuarters(Q);

        assertThat(Double.parseDouble(page.attr("[data-figure=total_hprd]", "data-value")))
                .isCloseTo(weighted(facilities, "total_hprd"), within(1e-9));
        assertThat(Double.parseDouble(page.attr("[data-figure=rn_hprd]", "data-value")))
                .isCloseTo(weighted(facilities, "rn_hprd"), within(1e-9));
        long withZeroRn = facilities.stream().filter(f -> number(f.get("zero_rn_days")) > 0).count();
        assertThat(Double.parseDouble(page.attr("[data-figure=zero_rn_facility_share]", "data-value")))
                .isCloseTo((double) withZeroRn / facilities.size(), within(1e-12));
        assertThat(page.texts("national")).hasSize(34);
        assertThat(page.attrs("[data-chart]", "id")).containsExactly("hprd-trend", "share-trend");
    }

    @Test
    void overview_latestBroadQuarterByDefault_andTheQuarterFilterChangesTheFigures() {
        // 2023Q2 holds 196 facilities; 2025Q3, the latest, only one: the pages open on 2023Q2.
        Html opening = get("/");
        Html latest = get("/?quarter=2025Q3");

        assertThat(opening.text(".figures h2")).startsWith(Q);
        assertThat(latest.text(".figures h2")).startsWith("2025Q3");
        assertThat(latest.attr("[data-figure=total_hprd]", "data-value"))
                .isNotEqualTo(opening.attr("[data-figure=total_hprd]", "data-value"));
    }

    @Test
    void facilities_listEveryFacilityOfTheQuarter_withTheExportsNumbers() {
        Html page = get("/facilities?quarter=" + Q + "&size=200");
        List<Map<String, String>> rows = page.table("facilities", List.of("ccn", "provider_name", "city", "state",
                "ownership_group", "certified_beds", "bed_size_band", "overall_rating", "staffing_rating",
                "avg_residents", "total_hprd", "rn_hprd", "aide_hprd", "weekend_total_hprd", "total_contract_share",
                "zero_rn_days", "occupancy"));
        Map<String, Map<String, Object>> export = SampleWarehouse.facilityQuarters(Q).stream()
                .collect(Collectors.toMap(r -> (String) r.get("ccn"), r -> r));

        assertThat(rows).hasSize(export.size()).hasSizeGreaterThan(190);
        for (Map<String, String> row : rows) {
            Map<String, Object> expected = export.get(row.get("ccn"));
            for (String column : List.of("total_hprd", "rn_hprd", "aide_hprd", "weekend_total_hprd",
                    "total_contract_share", "occupancy", "avg_residents")) {
                assertThat(row.get(column)).as(row.get("ccn") + " " + column)
                        .isEqualTo(Objects.toString(expected.get(column) == null ? "" : plain(expected.get(column))));
            }
            assertThat(row.get("provider_name")).isEqualTo(expected.get("provider_name"));
        }
    }

    static String plain(Object value) {
        return org.nhlakehouse.core.csv.CsvWriter.cell(value);
    }

    @Test
    void facilities_stateFilter_keepsOnlyThatState() {
        Html page = get("/facilities?quarter=" + Q + "&state=RI&size=200");
        List<Map<String, String>> rows = page.table("facilities", List.of("ccn", "provider_name", "city", "state"));

        long expected = SampleWarehouse.facilityQuarters(Q).stream().filter(r -> "RI".equals(r.get("state"))).count();
        assertThat(rows).hasSize((int) expected).allSatisfy(r -> assertThat(r.get("state")).isEqualTo("RI"));
    }

    @Test
    void facilities_sortAscendingByRnHprd_ordersTheRows() {
        Html page = get("/facilities?quarter=" + Q + "&sort=rn_hprd&dir=asc&size=200");
        List<Double> values = page.table("facilities", keys("rn_hprd")).stream()
                .map(r -> r.get("rn_hprd")).filter(v -> !v.isEmpty()).map(Double::parseDouble).toList();

        assertThat(values).hasSizeGreaterThan(100).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(page.attr("th[aria-sort=ascending]", "aria-sort")).isEqualTo("ascending");
    }

    @Test
    void facilities_paging_showsTheNextRowsInTheSameOrder() {
        List<String> all = get("/facilities?quarter=" + Q + "&sort=ccn&dir=asc&size=200").table("facilities",
                keys("ccn")).stream().map(r -> r.get("ccn")).toList();
        List<String> second = get("/facilities?quarter=" + Q + "&sort=ccn&dir=asc&size=25&page=2").table(
                "facilities", keys("ccn")).stream().map(r -> r.get("ccn")).toList();

        assertThat(second).isEqualTo(all.subList(25, 50));
    }

    @Test
    void facilities_searchByNameOrCcn_andRatingAndOwnershipFilters() {
        assertThat(get("/facilities?quarter=2025Q3&q=seagate").table("facilities", keys("ccn")))
                .extracting(r -> r.get("ccn")).containsExactly("335513");
        assertThat(get("/facilities?quarter=" + Q + "&q=4150&size=200").table("facilities", keys("ccn")))
                .extracting(r -> r.get("ccn")).allSatisfy(ccn -> assertThat(ccn).startsWith("4150"));
        List<Map<String, String>> fiveStars = get("/facilities?quarter=" + Q + "&overall=5&size=200")
                .table("facilities", List.of("ccn", "provider_name", "city", "state", "ownership_group",
                        "certified_beds", "bed_size_band", "overall_rating"));
        assertThat(fiveStars).isNotEmpty().allSatisfy(r -> assertThat(r.get("overall_rating")).isEqualTo("5"));
        List<Map<String, String>> nonProfit = get("/facilities?quarter=" + Q + "&ownership=non-profit&size=200")
                .table("facilities", List.of("ccn", "provider_name", "city", "state", "ownership_group"));
        assertThat(nonProfit).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("ownership_group")).isEqualTo("Non profit"));
        List<Map<String, String>> minimum = get("/facilities?quarter=" + Q + "&hprd_min=4&size=200")
                .table("facilities", keys("total_hprd"));
        assertThat(minimum).isNotEmpty()
                .allSatisfy(r -> assertThat(Double.parseDouble(r.get("total_hprd"))).isGreaterThanOrEqualTo(4));
    }

    /** The facilities table's keys up to and including one column. */
    static List<String> keys(String last) {
        List<String> all = List.of("ccn", "provider_name", "city", "state", "ownership_group", "certified_beds",
                "bed_size_band", "overall_rating", "staffing_rating", "avg_residents", "total_hprd", "rn_hprd",
                "aide_hprd", "weekend_total_hprd", "total_contract_share", "zero_rn_days", "occupancy");
        return all.subList(0, all.indexOf(last) + 1);
    }

    @Test
    void facilityPage_showsTheFacilitysMeasures_daysTrendAndPeers() {
        Html page = get("/facilities/335513?quarter=" + Q);
        Map<String, Object> expected = SampleWarehouse.facilityQuarters(Q).stream()
                .filter(r -> r.get("ccn").equals("335513")).findFirst().orElseThrow();

        assertThat(page.attr("[data-stat=total_hprd]", "data-value")).isEqualTo(
                String.valueOf(expected.get("total_hprd")));
        assertThat(page.attr("[data-stat=weekend_gap_total_hprd]", "data-value")).isEqualTo(
                String.valueOf(expected.get("weekend_gap_total_hprd")));
        assertThat(page.texts("days")).hasSize(91);
        assertThat(page.texts("quarters")).hasSize(34);
        assertThat(page.texts("mix")).extracting(r -> r.getFirst())
                .containsExactly("RN", "LPN", "Nurse aide", "All nurse staff");
        assertThat(page.texts("peers")).isNotEmpty();
        assertThat(page.attrs("[data-chart]", "id")).contains("daily-chart", "trend-chart", "mix-chart");
        assertThat(page.text("#benchmark")).contains("not a verdict").containsIgnoringCase("repealed")
                .doesNotContainIgnoringCase("compliant");
    }

    @Test
    void facilityPage_withCaseMix_showsReportedMinusCaseMix() {
        Html page = get("/facilities/415002?quarter=" + Q);
        Map<String, Object> expected = SampleWarehouse.published("gold/fct_facility_quarter",
                "ccn = ? and quarter = ?", "415002", Q).getFirst();

        assertThat(page.text("h1")).contains("HATTIE IDE CHAFFEE HOME");
        if (expected.get("casemix_total_hprd") != null) {
            assertThat(page.attr("[data-stat=reported_minus_casemix_total_hprd]", "data-value"))
                    .isEqualTo(String.valueOf(expected.get("reported_minus_casemix_total_hprd")));
        } else {
            assertThat(page.text("#casemix")).contains("publishes no case-mix");
        }
    }

    @Test
    void facilityPage_unknownCcn_is404() {
        given().get("/facilities/999999").then().statusCode(404);
    }

    @Test
    void states_rankStatesByTheMetric_withTheirWeightedValues() {
        Html page = get("/states?quarter=" + Q);
        List<Map<String, String>> rows = page.table("states", List.of("rank", "state", "value", "facilities"));
        List<Map<String, Object>> ri = SampleWarehouse.facilityQuarters(Q).stream()
                .filter(r -> "RI".equals(r.get("state"))).toList();

        assertThat(rows).extracting(r -> r.get("state")).containsExactly("RI", "WV", "NY");
        assertThat(rows.getFirst().get("rank")).isEqualTo("1");
        assertThat(Double.parseDouble(rows.getFirst().get("value"))).isCloseTo(weighted(ri, "total_hprd"),
                within(1e-9));
        assertThat(rows.getFirst().get("facilities")).isEqualTo(String.valueOf(ri.size()));
        assertThat(page.attr("#national", "data-value")).isNotEmpty();
        // Every state's label is drawn (ECharts would hide every other one at 52 states) on a chart tall enough.
        assertThat(page.attr("#states-chart", "data-chart")).contains("\"axisLabel\":{\"interval\":0");
        assertThat(get("/mix?quarter=" + Q).attr("#mix-states-chart", "data-chart"))
                .contains("\"axisLabel\":{\"interval\":0");

        List<Map<String, String>> occupancy = get("/states?quarter=" + Q + "&metric=occupancy").table("states",
                List.of("rank", "state", "value"));
        assertThat(occupancy.getFirst().get("value")).isNotEqualTo(rows.getFirst().get("value"));
    }

    @Test
    void states_mapColoursEveryStateByItsValue_andLinksItsPage() throws Exception {
        Html page = get("/states?quarter=" + Q + "&metric=rn_hprd");
        List<Map<String, String>> rows = page.table("states", List.of("rank", "state", "value"));
        JsonNode map = chartOption(page, "states-map");

        JsonNode data = map.at("/series/0/data");
        assertThat(map.at("/series/0/type").asText()).isEqualTo("map");
        assertThat(map.at("/meta/geoJson").asText()).isEqualTo("/geo/us-states.json");
        assertThat(data).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(data.get(i).get("name").asText()).isEqualTo(rows.get(i).get("state"));
            assertThat(data.get(i).get("value").asDouble()).isCloseTo(Double.parseDouble(rows.get(i).get("value")),
                    within(0.0005));
            assertThat(data.get(i).get("href").asText()).isEqualTo("/states/" + rows.get(i).get("state")
                    + "?quarter=" + Q + "&metric=rn_hprd");
        }
        assertThat(page.attrs("#states tbody td a[href^='/states/']", "href")).contains(
                "/states/NY?quarter=" + Q + "&metric=rn_hprd");
        // Every state the data can hold has a boundary in the shipped map (the 50 states, DC, PR, VI, GU).
        String geo = given().get("/geo/us-states.json").then().statusCode(200).extract().asString();
        JsonNode features = new ObjectMapper().readTree(geo).get("features");
        assertThat(features).hasSize(54);
        assertThat(features.findValuesAsText("name")).contains("NY", "RI", "WV", "AK", "HI", "DC", "PR");
    }

    @Test
    void statePage_trendDistributionAndRanking_equalTheFacilityQuarters() {
        Html page = get("/states/ny?quarter=" + Q + "&metric=total_hprd");
        List<Map<String, Object>> ny = SampleWarehouse.facilityQuarters(Q).stream()
                .filter(r -> "NY".equals(r.get("state"))).toList();

        List<Map<String, String>> ranked = page.table("state-facilities", List.of("rank", "ccn", "provider_name",
                "ownership_group", "bed_size_band", "avg_residents", "value"));
        assertThat(ranked).hasSize(ny.size()).isNotEmpty();
        assertThat(ranked).extracting(r -> r.get("ccn")).containsExactlyInAnyOrderElementsOf(
                ny.stream().map(r -> (String) r.get("ccn")).toList());
        List<Double> values = ranked.stream().map(r -> r.get("value")).filter(v -> !v.isEmpty())
                .map(Double::parseDouble).toList();
        assertThat(values).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(ranked.getFirst().get("rank")).isEqualTo("1");

        List<Map<String, String>> trend = page.table("state-trend-table", List.of("quarter", "state_value",
                "national_value", "facilities"));
        Map<String, String> q = trend.stream().filter(r -> Q.equals(r.get("quarter"))).findFirst().orElseThrow();
        assertThat(Double.parseDouble(q.get("state_value"))).isCloseTo(weighted(ny, "total_hprd"), within(1e-9));
        assertThat(q.get("facilities")).isEqualTo(String.valueOf(ny.size()));
        assertThat(page.text("#state-facilities-count")).isEqualTo(String.valueOf(ny.size()));
        // The distribution counts every facility with a value once.
        JsonNode bars = chartOption(page, "state-distribution").at("/series/0/data");
        int counted = 0;
        for (JsonNode bar : bars) {
            counted += bar.asInt();
        }
        assertThat(counted).isEqualTo(values.size());
        given().get("/states/XX").then().statusCode(400);
    }

    @Test
    void statesBenchmarks_shareBelowEachBenchmarkAndCaseMix_equalTheFacilityQuarters() {
        Html page = get("/states?quarter=" + Q);
        List<Map<String, String>> rows = page.table("states-benchmarks", List.of("rank", "state", "facilities",
                "below_total_348_share", "below_rn_055_share", "below_aide_245_share", "facilities_with_direct_care",
                "below_casemix_total_share", "facilities_with_casemix"));
        List<Map<String, Object>> all = SampleWarehouse.facilityQuarters(Q);

        assertThat(rows).hasSize(3);
        for (Map<String, String> row : rows) {
            List<Map<String, Object>> state = all.stream().filter(r -> row.get("state").equals(r.get("state")))
                    .toList();
            assertThat(row.get("facilities")).isEqualTo(String.valueOf(state.size()));
            assertShareBelow(row.get("below_total_348_share"), state, "repealed_2024_total_348_met");
            assertShareBelow(row.get("below_rn_055_share"), state, "repealed_2024_rn_055_met");
            assertShareBelow(row.get("below_aide_245_share"), state, "repealed_2024_aide_245_met");
            List<Double> gaps = state.stream().map(r -> r.get("reported_minus_casemix_total_hprd"))
                    .filter(Objects::nonNull).map(PagesTest::number).toList();
            assertThat(row.get("facilities_with_casemix")).isEqualTo(String.valueOf(gaps.size()));
            if (!gaps.isEmpty()) {
                assertThat(Double.parseDouble(row.get("below_casemix_total_share"))).isCloseTo(
                        gaps.stream().filter(g -> g < 0).count() / (double) gaps.size(), within(1e-9));
            }
        }
        assertThat(page.text("#benchmarks + p")).contains("benchmark", "never as compliance");

        List<Map<String, String>> contract = page.table("states-contract", List.of("rank", "ccn", "provider_name",
                "state", "total_contract_share"));
        List<Double> expected = all.stream().map(r -> r.get("total_contract_share")).filter(Objects::nonNull)
                .map(PagesTest::number).sorted(Comparator.reverseOrder()).limit(25).toList();
        assertThat(contract).extracting(r -> Double.parseDouble(r.get("total_contract_share")))
                .containsExactlyElementsOf(expected);
    }

    private static void assertShareBelow(String shown, List<Map<String, Object>> facilities, String flag) {
        List<Object> flags = facilities.stream().map(r -> r.get(flag)).filter(Objects::nonNull).toList();
        if (flags.isEmpty()) {
            assertThat(shown).isEmpty();
            return;
        }
        double below = flags.stream().filter(f -> Boolean.FALSE.equals(f)).count() / (double) flags.size();
        assertThat(Double.parseDouble(shown)).as(flag).isCloseTo(below, within(1e-9));
    }

    @Test
    void mix_contractSharesByState_equalTheExportsHoursWeightedShares() {
        Html page = get("/mix?quarter=" + Q);
        List<Map<String, String>> rows = page.table("mix-states", List.of("state", "rn_employee_hours",
                "rn_contract_hours", "rn_contract_share"));
        double contract = 0;
        double hours = 0;
        for (Map<String, Object> f : SampleWarehouse.facilityQuarters(Q)) {
            if ("WV".equals(f.get("state")) && f.get("rn_hprd") != null) {
                double rnHours = number(f.get("rn_hprd")) * number(f.get("resident_days"));
                hours += rnHours;
                contract += f.get("rn_contract_share") == null ? 0 : number(f.get("rn_contract_share")) * rnHours;
            }
        }
        Map<String, String> wv = rows.stream().filter(r -> r.get("state").equals("WV")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(wv.get("rn_contract_share"))).isCloseTo(contract / hours, within(1e-9));
        assertThat(get("/mix?quarter=" + Q + "&state=WV").table("mix-states", List.of("state")))
                .extracting(r -> r.get("state")).containsExactly("WV");
        assertThat(page.texts("mix-trend")).hasSize(34);
    }

    @Test
    void occupancy_distributionAndRankings_coverEveryFacilityWithKnownBeds() {
        Html page = get("/occupancy?quarter=" + Q + "&size=200");
        List<Map<String, Object>> known = SampleWarehouse.facilityQuarters(Q).stream()
                .filter(r -> r.get("occupancy") != null).toList();

        long counted = page.table("occupancy-distribution", List.of("occupancy_from", "occupancy_below",
                "facilities")).stream().mapToLong(r -> Long.parseLong(r.get("facilities"))).sum();
        assertThat(counted).isEqualTo(known.size());
        List<Map<String, String>> ranked = page.table("occupancy-facilities", List.of("rank", "ccn", "provider_name",
                "state", "ownership_group", "certified_beds", "avg_residents", "occupancy"));
        double highest = known.stream().mapToDouble(r -> number(r.get("occupancy"))).max().orElseThrow();
        assertThat(ranked).hasSize(known.size());
        assertThat(Double.parseDouble(ranked.getFirst().get("occupancy"))).isEqualTo(highest);

        List<Map<String, String>> ascending = get("/occupancy?quarter=" + Q + "&dir=asc").table(
                "occupancy-facilities", List.of("rank", "ccn", "provider_name", "state", "ownership_group",
                        "certified_beds", "avg_residents", "occupancy"));
        double lowest = known.stream().mapToDouble(r -> number(r.get("occupancy"))).min().orElseThrow();
        assertThat(Double.parseDouble(ascending.getFirst().get("occupancy"))).isEqualTo(lowest);
    }

    @Test
    void scatter_plotsEveryFacilityWithBothValues_andTheOwnershipFilterNarrowsThem() {
        Html page = get("/scatter?quarter=" + Q);
        long expected = SampleWarehouse.facilityQuarters(Q).stream()
                .filter(r -> r.get("occupancy") != null && r.get("total_hprd") != null).count();

        assertThat(page.texts("scatter")).hasSize((int) expected);
        assertThat(page.attr("#scatter-chart", "data-chart")).contains("\"href\":\"/facilities/");
        // Axes fitted to the data: from the lowest to the highest point, widened to round steps.
        JsonNode option = chartOption(page, "scatter-chart");
        double xMin = option.at("/xAxis/min").asDouble();
        double xMax = option.at("/xAxis/max").asDouble();
        double yMin = option.at("/yAxis/min").asDouble();
        double yMax = option.at("/yAxis/max").asDouble();
        List<Double> xs = new java.util.ArrayList<>();
        List<Double> ys = new java.util.ArrayList<>();
        for (JsonNode series : option.get("series")) {
            for (JsonNode point : series.get("data")) {
                xs.add(point.at("/value/0").asDouble());
                ys.add(point.at("/value/1").asDouble());
            }
        }
        assertThat(xs).hasSize((int) expected);
        assertThat(xMin).isEqualTo(Math.floor(java.util.Collections.min(xs) / 10) * 10);
        assertThat(xMax).isEqualTo(Math.ceil(java.util.Collections.max(xs) / 10) * 10);
        assertThat(yMin).isEqualTo(Math.floor(java.util.Collections.min(ys) / 0.5) * 0.5);
        assertThat(yMax).isEqualTo(Math.ceil(java.util.Collections.max(ys) / 0.5) * 0.5);
        List<Map<String, String>> forProfit = get("/scatter?quarter=" + Q + "&ownership=for-profit&color=overall")
                .table("scatter", List.of("ccn", "provider_name", "state", "ownership_group"));
        assertThat(forProfit).isNotEmpty().hasSizeLessThan((int) expected)
                .allSatisfy(r -> assertThat(r.get("ownership_group")).isEqualTo("For profit"));
    }

    @Test
    void quality_distributionPerRating_countsEveryFacilityWithTheMetric() {
        Html page = get("/quality?quarter=" + Q);
        long expected = SampleWarehouse.facilityQuarters(Q).stream().filter(r -> r.get("total_hprd") != null)
                .count();

        List<Map<String, String>> rows = page.table("quality", List.of("rating", "facilities", "mean", "p10", "p25",
                "median"));
        assertThat(rows.stream().mapToLong(r -> Long.parseLong(r.get("facilities"))).sum()).isEqualTo(expected);
        assertThat(rows).extracting(r -> r.get("rating")).contains("1", "5");
        assertThat(get("/quality?quarter=" + Q + "&rating=staffing&metric=rn_hprd").text("#quality-block"))
                .contains("RN HPRD per staffing rating");
    }

    @Test
    void health_accountsForEveryRowOfEveryFile_andShowsTheLastRun() {
        Html page = get("/health");
        List<Map<String, Object>> expected = SampleWarehouse.published("gold/data_health", "");

        List<Map<String, String>> files = page.table("health-files", List.of("file", "dataset", "status", "rows_in",
                "rows_kept", "rows_rejected", "rows_superseded"));
        assertThat(files).hasSize(expected.size()).hasSize(6);
        assertThat(files.stream().mapToLong(r -> Long.parseLong(r.get("rows_in"))).sum())
                .isEqualTo(expected.stream().mapToLong(r -> ((Number) r.get("rows_in")).longValue()).sum());
        assertThat(page.text("[data-stat=last_run]")).contains("sample-run", "succeeded");
        assertThat(page.text("[data-stat=pbj_quarter]")).isEqualTo("2025Q3");
        assertThat(page.text("[data-stat=provider_info_release]")).matches("\\d{4}-\\d{2}-\\d{2}");
        List<Map<String, String>> excluded = page.table("health-excluded", List.of("ccn", "quarter",
                "cms_exclusion"));
        assertThat(excluded).hasSize(SampleWarehouse.published("gold/fct_facility_quarter",
                "cms_exclusion is not null").size());
    }

    @Test
    void metrics_pageIsGeneratedFromTheGoldDeclarations_withCmsCitations() {
        Html page = get("/metrics");

        assertThat(page.document().getElementById("fct_facility_quarter.total_hprd")).isNotNull();
        assertThat(page.text("#fct_facility_quarter\\.total_hprd")).contains("hours per resident per day",
                "sum(total_hours) / sum(mds_census)", "[UG]");
        assertThat(page.text("#source-UG")).contains("Technical Users' Guide");
        assertThat(page.text("#source-MSR")).contains("repealed");
    }

    @Test
    void everyPage_statesItsProvenance() {
        for (String path : List.of("/", "/facilities", "/facilities/335513", "/states", "/states/NY", "/mix",
                "/occupancy",
                "/scatter", "/quality", "/health", "/metrics")) {
            Html page = get(path);
            assertThat(page.text("[data-provenance=quarters]")).as(path).isEqualTo("2017Q1–2025Q3");
            assertThat(page.text("[data-provenance=provider-info]")).as(path).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(page.text("[data-provenance=last-run]")).as(path).contains("sample-run");
            assertThat(page.attr("footer a[href=/metrics]", "href")).isEqualTo("/metrics");
            assertThat(page.text("[data-provenance=source]")).as(path).startsWith("the Gold published by warehouse")
                    .doesNotContain("/");
        }
    }
}
