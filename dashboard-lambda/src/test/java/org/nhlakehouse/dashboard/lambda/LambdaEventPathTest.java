package org.nhlakehouse.dashboard.lambda;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard as API Gateway invokes it: API Gateway HTTP API (payload 2.0) events posted to Quarkus's mock Lambda
 * event server, handled by the Lambda handler of quarkus-amazon-lambda-http, answered as API Gateway response events.
 * No real API Gateway is involved.
 */
@QuarkusTest
@WithTestResource(SamplesWarehouse.class)
class LambdaEventPathTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** An API Gateway HTTP API (payload format 2.0) event for a GET. */
    static String event(String path, String query) throws Exception {
        return event(path, query, Map.of("host", "dashboard.example", "accept", "text/html,text/csv"));
    }

    static String event(String path, String query, Map<String, String> headers) throws Exception {
        Map<String, Object> event = Map.of(
                "version", "2.0",
                "routeKey", "$default",
                "rawPath", path,
                "rawQueryString", query,
                "headers", headers,
                "requestContext", Map.of(
                        "http", Map.of("method", "GET", "path", path, "protocol", "HTTP/1.1",
                                "sourceIp", "127.0.0.1", "userAgent", "test"),
                        "requestId", "test-" + path.hashCode(), "routeKey", "$default", "stage", "$default",
                        "domainName", "dashboard.example", "timeEpoch", 1_700_000_000_000L),
                "isBase64Encoded", false);
        return JSON.writeValueAsString(event);
    }

    static JsonNode invoke(String path, String query) throws Exception {
        return invoke(event(path, query));
    }

    static JsonNode invoke(String event) throws Exception {
        String response = given().contentType("application/json").body(event).post("/_lambda_").then()
                .statusCode(200).extract().asString();
        return JSON.readTree(response);
    }

    @Test
    void aBrowserAskingForGzip_getsThePlainPage_asApiGatewayCarriesIt() throws Exception {
        // The plain-HTTP dashboard compresses; inside Lambda a gzip body would reach API Gateway as text and break.
        JsonNode response = invoke(event("/states", "quarter=2023Q2", Map.of("host", "dashboard.example", "accept",
                "text/html", "accept-encoding", "gzip, deflate, br")));

        assertThat(response.path("statusCode").asInt()).isEqualTo(200);
        assertThat(response.path("headers").toString().toLowerCase(java.util.Locale.ROOT))
                .doesNotContain("content-encoding");
        assertThat(response.path("isBase64Encoded").asBoolean()).isFalse();
        assertThat(response.path("body").asText()).contains("States by Total nurse HPRD, 2023Q2");
    }

    @Test
    void thePlainHttpDashboardsSettings_doNotApplyToTheLambdaPackage() {
        org.eclipse.microprofile.config.Config config = org.eclipse.microprofile.config.ConfigProvider.getConfig();

        // The dashboard jar's application.properties is read here too: what the Lambda package must not inherit
        // from it is set again in dashboard-lambda's own.
        assertThat(config.getOptionalValue("quarkus.http.compress-media-types", String.class)).as("inherited")
                .isPresent();
        assertThat(config.getOptionalValue("quarkus.http.enable-compression", Boolean.class)).contains(false);
        assertThat(config.getOptionalValue("quarkus.package.jar.appcds.enabled", Boolean.class)).contains(false);
    }

    static String body(JsonNode response) {
        String body = response.path("body").asText();
        return response.path("isBase64Encoded").asBoolean()
                ? new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8)
                : body;
    }

    @Test
    void pageEvent_isAnsweredWithTheRenderedPage_andItsSecurityHeaders() throws Exception {
        JsonNode response = invoke("/states", "quarter=2023Q2");

        assertThat(response.path("statusCode").asInt()).isEqualTo(200);
        assertThat(response.path("headers").path("Content-Type").asText()
                + response.path("headers").path("content-type").asText()).contains("text/html");
        String csp = response.path("headers").path("Content-Security-Policy").asText();
        assertThat(csp).contains("script-src 'self'");
        assertThat(body(response)).contains("States by Total nurse HPRD, 2023Q2").contains("RI").contains(
                "/static/bundle/");
    }

    @Test
    void exportEvent_isAnsweredWithTheCsv() throws Exception {
        JsonNode response = invoke("/states/export.csv", "quarter=2023Q2&metric=rn_hprd");

        assertThat(response.path("statusCode").asInt()).isEqualTo(200);
        String csv = body(response);
        // A byte-order mark for Excel, the page's column names, and the quarter first.
        assertThat(csv).startsWith("\uFEFFQuarter,Rank,State,RN HPRD (state),Facilities,Facility median,"
                + "Facility p10,Facility p90\r\n2023Q2,");
        assertThat(csv.lines().count()).isEqualTo(4);
        assertThat(response.path("headers").toString()).contains("states_quarter-2023Q2_metric-rn_hprd_asof-");
    }

    @Test
    void invalidParameterEvent_isA400Page() throws Exception {
        JsonNode response = invoke("/states", "quarter=2023Q9");

        assertThat(response.path("statusCode").asInt()).isEqualTo(400);
        assertThat(body(response)).contains("must look like 2024Q2");
    }

    @Test
    void plainHttpRequest_throughTheMockEventServer_reachesTheHandlerToo() {
        String html = given().get("/?quarter=2023Q2").then().statusCode(200).extract().asString();

        assertThat(html).contains("2023Q2: the 196 facilities in 3 states that reported, not the whole country");
    }
}
