package org.nhlakehouse.dashboard.trino;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.dashboard.gold.TrinoGoldProducer;
import org.nhlakehouse.trino.testing.TrinoLakehouse;
import org.nhlakehouse.trino.testing.TrinoQueries;
import org.nhlakehouse.trino.testing.TrinoQueries.Query;
import org.nhlakehouse.trino.testing.TrinoTest;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * What each dashboard page would cost on Athena (issue 10, "Athena cost"; docs/benchmarks.md): every page requested
 * once, cold (a cache miss, as the first analyst after a pipeline run sees it), on the Athena form on Trino; the
 * queries each request ran and the bytes they read from storage, priced at $5 per TB with Athena's 10 MB minimum per
 * query, and how long the page took (on Trino here; on Athena each query adds its own queueing, about a second). A benchmark,
 * not a test: it prints its figures and asserts only that each page answered and was measured.
 * It is named so that no surefire default or CI pattern runs it:
 *
 * <pre>
 * ./mvnw -o -Ptrino -pl dashboard -am verify -Dtest=DashboardScanBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     [-Dbench.input=FOLDER]
 * </pre>
 *
 * With {@code bench.input} (a folder of CMS files, e.g. from {@code ./lakehouse generate}) Gold is built from it
 * instead of the samples.
 */
@QuarkusTest
@TestProfile(DashboardScanBenchmark.Cold.class)
@TrinoTest
class DashboardScanBenchmark {

    /** Its own profile, so Quarkus starts a fresh application: every page is a cache miss, as after a run. */
    public static class Cold extends OnTrino {
    }

    private record PageScan(String page, List<Query> queries, long millis) {
        long bytes() {
            return queries.stream().mapToLong(Query::physicalInputBytes).sum();
        }

        long billed() {
            return queries.stream().mapToLong(Query::billedBytes).sum();
        }
    }

    @Test
    void everyPageCold_printsTheBytesAthenaWouldScan() {
        TrinoLakehouse trino = TrinoLakehouse.shared();
        TrinoGoldProducer.build(trino);
        List<List<Object>> facility = trino.engine().execute(SqlStatement.of("select f.ccn, d.state from "
                + TrinoGoldProducer.NAMES.gold() + ".fct_facility_quarter as f join " + TrinoGoldProducer.NAMES.gold()
                + ".dim_facility as d on d.ccn = f.ccn order by f.quarter desc, f.ccn limit 1")).rows();
        String ccn = String.valueOf(facility.getFirst().get(0));
        String state = String.valueOf(facility.getFirst().get(1));

        // The first request also pays for what every page shares (loaded quarters, provenance, the data version).
        List<String> pages = List.of("/metrics", "/", "/facilities", "/facilities?sort=rn_hprd&dir=asc&state=" + state,
                "/facilities/" + ccn, "/states", "/states/" + state, "/mix", "/mix?state=" + state, "/occupancy",
                "/scatter", "/quality", "/compare?ccn=" + ccn, "/search?q=" + ccn.substring(0, 3), "/health");
        List<PageScan> scans = new ArrayList<>();
        for (String page : pages) {
            Set<String> before = TrinoQueries.ids(trino);
            long started = System.nanoTime();
            given().get(page).then().statusCode(200);
            long millis = (System.nanoTime() - started) / 1_000_000;
            scans.add(new PageScan(page, TrinoQueries.since(trino, before), millis));
        }
        assertThat(scans.stream().mapToInt(scan -> scan.queries().size()).sum()).as("queries run").isPositive();
        print(scans);
    }

    private static void print(List<PageScan> scans) {
        StringBuilder out = new StringBuilder("\n== Athena scan of each dashboard page, cold (Trino physical input bytes)\n");
        String input = System.getProperty(TrinoLakehouse.BENCH_INPUT_PROPERTY, "");
        out.append("Gold built from: ").append(input.isBlank() ? "the CMS samples" : input).append('\n');
        out.append(String.format(Locale.ROOT, "  %-50s %7s %14s %14s %10s %8s%n", "page", "queries", "bytes read",
                "bytes billed", "dollars", "ms"));
        for (PageScan scan : scans) {
            out.append(String.format(Locale.ROOT, "  %-50s %7d %,14d %,14d %10.6f %8d%n", scan.page(),
                    scan.queries().size(), scan.bytes(), scan.billed(), TrinoQueries.dollars(scan.billed()),
                    scan.millis()));
        }
        System.out.println(out);
    }
}
