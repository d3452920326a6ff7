package org.nhlakehouse.dashboard.trino;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.nhlakehouse.dashboard.testing.ExportSnapshots;
import org.nhlakehouse.dashboard.testing.Html;
import org.nhlakehouse.trino.testing.TrinoTest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The dashboard in Athena mode, every page's SQL in the Athena dialect, executed for real: Gold written by the
 * pipeline's Athena form on the Trino test server (Athena engine v3 is Trino), read through {@code AthenaGold}. Every
 * view's export must equal the snapshot that the embedded engine gives too ({@code ExportSnapshotsTest}). Runs with
 * {@code -Ptrino} only.
 */
@QuarkusTest
@TestProfile(OnTrino.class)
@TrinoTest
class DashboardOnTrinoTest {

    @ParameterizedTest(name = "{0} #{1}")
    @MethodSource("org.nhlakehouse.dashboard.testing.ExportSnapshots#views")
    void export_equalsWhatTheEmbeddedEngineGives(String pagePath, String tableId) {
        ExportSnapshots.assertExportMatchesSnapshot(pagePath, tableId);
    }

    @ParameterizedTest
    @ValueSource(strings = { "/", "/facilities", "/facilities/335513", "/facilities/415002?quarter=2023Q2", "/states",
            "/states/NY", "/mix", "/occupancy", "/scatter", "/quality", "/compare?ccn=415002&ccn=335513",
            "/search.json?q=prov", "/health", "/metrics" })
    void everyPage_answersOnTheAthenaForm(String path) {
        given().get(path).then().statusCode(200);
    }

    @Test
    void dataHealth_namesTheAthenaDatabases() {
        Html health = Html.parse(given().get("/health").then().statusCode(200).extract().asString());
        assertThat(health.document().text()).contains("nhl_gold");
    }
}
