package org.nhlakehouse.dashboard.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.provider.Arguments;

import io.restassured.response.Response;

/**
 * Every view's CSV export over the samples, kept under {@code src/test/resources/export-snapshots/}: the dashboard on
 * DuckDB ({@code ExportSnapshotsTest}) and on the Athena form on Trino ({@code DashboardOnTrinoTest}) must both give
 * exactly these files, so the two engines show analysts the same rows and numbers. After a deliberate change to what
 * a view shows, rewrite them with {@code -Dnhlakehouse.snapshots.update=true} and review the diff.
 */
public final class ExportSnapshots {

    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    private static final Path FOLDER = Path.of("src/test/resources/export-snapshots");
    private static final String UPDATE_PROPERTY = "nhlakehouse.snapshots.update";

    private ExportSnapshots() {
    }

    /**
     * The views (page, table) whose exports are kept: every table of every page over the samples, except data
     * health's, which show run ids and times.
     */
    public static Stream<Arguments> views() {
        return Stream.of(Arguments.of("/?quarter=2023Q2", "national"),
                Arguments.of("/facilities?quarter=2023Q2&state=RI&sort=rn_hprd&dir=asc&size=200", "facilities"),
                Arguments.of("/facilities?quarter=2024Q2&state=AL", "facilities"),
                Arguments.of("/facilities/335513?quarter=2023Q2", "days"),
                Arguments.of("/facilities/335513?quarter=2023Q2", "quarters"),
                Arguments.of("/facilities/335513?quarter=2023Q2", "mix"),
                Arguments.of("/facilities/415002?quarter=2023Q2", "peers"),
                Arguments.of("/states?quarter=2023Q2&metric=rn_hprd", "states"),
                Arguments.of("/states?quarter=2024Q2&metric=contract_share", "states"),
                Arguments.of("/states/NY?quarter=2023Q2", "state-facilities"),
                Arguments.of("/states/NY?quarter=2023Q2", "state-trend-table"),
                Arguments.of("/compare?ccn=415002&ccn=335513", "compare"),
                Arguments.of("/search?q=providence", "search-results"),
                Arguments.of("/mix?quarter=2023Q2", "mix-states"),
                Arguments.of("/mix?quarter=2023Q2&state=NY", "mix-trend"),
                Arguments.of("/occupancy?quarter=2023Q2", "occupancy-distribution"),
                Arguments.of("/occupancy?quarter=2023Q2", "occupancy-states"),
                Arguments.of("/occupancy?quarter=2023Q2&size=200", "occupancy-facilities"),
                Arguments.of("/scatter?quarter=2023Q2&state=WV", "scatter"),
                Arguments.of("/scatter?quarter=2024Q2&color=overall", "scatter"),
                Arguments.of("/quality?quarter=2023Q2&rating=staffing", "quality"),
                Arguments.of("/quality?quarter=2024Q2&rating=overall&metric=rn_hprd", "quality"));
    }

    /**
     * Follows the export link of a table on a page and checks the file against its snapshot (or writes the snapshot,
     * with {@value #UPDATE_PROPERTY}).
     */
    public static void assertExportMatchesSnapshot(String pagePath, String tableId) {
        Html page = Html.parse(given().get(pagePath).then().statusCode(200).extract().asString());
        String href = page.attr("a[data-export=" + tableId + "]", "href");
        Response export = given().urlEncodingEnabled(false).get(href);
        export.then().statusCode(200).contentType("text/csv; charset=utf-8");
        String disposition = export.header("Content-Disposition");
        // "facilities_quarter-2023Q2_state-RI_..._asof-2025Q3-pi-2024-12-01.csv": the view and its filters name it.
        String name = disposition.substring(disposition.indexOf('"') + 1).replaceFirst("_asof-[^\"]*\"$", "");
        String csv = new String(export.asByteArray(), StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
        Path snapshot = FOLDER.resolve(name + ".csv");
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.createDirectories(FOLDER);
                Files.writeString(snapshot, csv);
            }
            assertThat(snapshot).as("snapshot of %s (rewrite with -D%s=true)", name, UPDATE_PROPERTY).exists();
            assertSameTable(Csv.parse(csv), Csv.parse(Files.readString(snapshot)), pagePath + " against " + snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same rows and cells; a number may differ from the snapshot's in its last binary digits only (engines sum
     * doubles in different orders; a CSV keeps every digit).
     */
    private static void assertSameTable(List<List<String>> actual, List<List<String>> expected, String what) {
        assertThat(actual).as(what + ": rows").hasSameSizeAs(expected);
        for (int row = 0; row < expected.size(); row++) {
            assertThat(actual.get(row)).as(what + ": cells of row " + row).hasSameSizeAs(expected.get(row));
            for (int column = 0; column < expected.get(row).size(); column++) {
                String got = actual.get(row).get(column);
                String want = expected.get(row).get(column);
                if (!got.equals(want)) {
                    assertThat(NUMBER.matcher(got).matches() && NUMBER.matcher(want).matches()
                            && Math.abs(Double.parseDouble(got) - Double.parseDouble(want)) <= 1e-12 * Math.max(1,
                                    Math.abs(Double.parseDouble(want))))
                            .as("%s: row %d, column %s: %s, expected %s", what, row, expected.getFirst().get(column),
                                    got, want)
                            .isTrue();
                }
            }
        }
    }
}
