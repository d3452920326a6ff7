package org.nhlakehouse.dashboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.dashboard.testing.SampleWarehouse;
import org.nhlakehouse.dashboard.web.RenderedPageCache;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** A page asked for again comes from the rendered-page cache, byte for byte; errors and exports are never cached. */
@QuarkusTest
@WithTestResource(SampleWarehouse.class)
class PageCacheTest {

    @Test
    void aPageAskedForAgain_isServedFromTheCache_asItWasRendered() {
        // A query string of its own: other test classes share the application and its cache.
        String url = "/states?quarter=2023Q2&metric=rn_hprd&from=" + getClass().getSimpleName();
        Response first = given().get(url);
        Response second = given().get(url);
        Response otherFilters = given().get(url.replace("rn_hprd", "total_hprd"));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.header(RenderedPageCache.HEADER)).isEqualTo("miss");
        assertThat(second.header(RenderedPageCache.HEADER)).isEqualTo("hit");
        assertThat(second.contentType()).startsWith("text/html");
        assertThat(second.asString()).isEqualTo(first.asString()).contains("rn_hprd");
        assertThat(otherFilters.header(RenderedPageCache.HEADER)).isEqualTo("miss");
    }

    @Test
    void aCachedPage_isGzippedLikeAFreshOne() {
        String url = "/scatter?quarter=2023Q2&from=" + getClass().getSimpleName();
        for (String expected : new String[] { "miss", "hit" }) {
            Response response = given().header("Accept-Encoding", "gzip").get(url);
            assertThat(response.header(RenderedPageCache.HEADER)).isEqualTo(expected);
            assertThat(response.header("Content-Encoding")).as(expected).isEqualTo("gzip");
        }
    }

    @Test
    void errorPagesAndExports_areNeverCached() {
        for (int i = 0; i < 2; i++) {
            Response error = given().get("/states?metric=salary");
            assertThat(error.statusCode()).isEqualTo(400);
            assertThat(error.header(RenderedPageCache.HEADER)).isNull();
            Response export = given().get("/states/export.csv?quarter=2023Q2");
            assertThat(export.statusCode()).isEqualTo(200);
            assertThat(export.header(RenderedPageCache.HEADER)).isNull();
        }
    }
}
