package org.nhlakehouse.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nhlakehouse.dashboard.testing.Html;
import org.nhlakehouse.dashboard.testing.SampleWarehouse;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every validated parameter: a bad value is a 400 page that names the parameter and says what was wrong. */
@QuarkusTest
@WithTestResource(SampleWarehouse.class)
class InvalidParametersTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "/?quarter=2023Q9 | quarter | must look like 2024Q2",
            "/?quarter=2010Q1 | quarter | is not loaded",
            "/facilities?state=ZZ | state | two-letter",
            "/facilities?ownership=charity | ownership | must be one of",
            "/facilities?band=huge | band | must be one of",
            "/facilities?overall=6 | overall | from 1 to 5",
            "/facilities?staffing=zero | staffing | whole number",
            "/facilities?sort=password | sort | must be one of",
            "/facilities?dir=sideways | dir | must be one of",
            "/facilities?page=0 | page | whole number",
            "/facilities?size=7 | size | must be one of",
            "/facilities?hprd_min=-1 | hprd_min | between",
            "/facilities?hprd_max=NaN | hprd_max | between",
            "/facilities?q=0123456789012345678901234567890123456789012345678901234567890123456789012345678901 | q | at most 80",
            "/facilities/33551X | ccn | CMS Certification Number",
            "/facilities/335513?quarter=20XXQ1 | quarter | must look like",
            "/facilities/335513/export.csv?table=secrets | table | must be one of",
            "/states?metric=salary | metric | must be one of",
            "/states/export.json?table=secrets | table | must be one of",
            "/states/XX | state | two-letter",
            "/states/NY?metric=salary | metric | must be one of",
            "/states/NY/export.csv?table=x | table | must be one of",
            "/mix?state=XX | state | two-letter",
            "/mix/export.csv?table=x | table | must be one of",
            "/occupancy?dir=up | dir | must be one of",
            "/occupancy/export.csv?table=beds | table | must be one of",
            "/scatter?color=red | color | must be one of",
            "/quality?rating=six | rating | must be one of",
            "/quality?metric=salary | metric | must be one of",
            "/health/export.csv?table=passwords | table | must be one of",
            "/search?q=0123456789012345678901234567890123456789012345678901234567890123456789012345678901 | q | at most 80",
            "/compare?ccn=12 | ccn | CMS Certification Number",
            "/compare?ccn=415002,335513,415001,415003,415004,415005 | ccn | at most 5",
            "/compare?ccn=415002,335513&metric=salary | metric | must be one of",
            "/compare?ccn=415002,999999 | ccn | no facility of the loaded data" })
    void invalidParameter_isA400ThatSaysWhatWasWrong(String path, String parameter, String problem) {
        String body = given().get(path).then().statusCode(400).contentType("text/html").extract().asString();

        Html page = Html.parse(body);
        assertThat(page.text("#error-message")).contains(parameter).contains(problem);
        assertThat(body).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("select ");
    }

    @org.junit.jupiter.api.Test
    void unknownPath_isA404Page() {
        given().get("/no/such/page").then().statusCode(404).contentType("text/html");
    }
}
