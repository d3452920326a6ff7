package org.nhlakehouse.dashboard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.nhlakehouse.core.pipeline.PipelineListener;
import org.nhlakehouse.core.testing.Samples;
import org.nhlakehouse.localrun.LocalLakehouse;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A warehouse whose facility names are attacks: markup that a browser would run, and text that a spreadsheet would
 * run as a formula. The names come from a PBJ file (facilities without a Provider Info release take their name from
 * PBJ), built with the real CMS header.
 */
public final class HostileWarehouse implements QuarkusTestResourceLifecycleManager {

    public static final String SCRIPT_NAME = "<script>alert('pwned')</script> HOME";
    public static final String FORMULA_NAME = "=HYPERLINK(\"http://example.invalid\",\"click\")";
    public static final String QUARTER = "2024Q1";

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("dashboard-hostile-");
            Path input = Files.createDirectories(dir.resolve("input"));
            StringBuilder pbj = new StringBuilder(Samples.pbjHeader()).append('\n');
            for (int day = 1; day <= 3; day++) {
                pbj.append(row("015999", SCRIPT_NAME, "2024010" + day));
                pbj.append(row("015998", FORMULA_NAME, "2024010" + day));
            }
            Files.writeString(input.resolve("PBJ_Daily_Nurse_Staffing_Q1_2024.csv"), pbj, StandardCharsets.UTF_8);
            try (LocalLakehouse lakehouse = LocalLakehouse.open(dir.resolve("warehouse"))) {
                lakehouse.ingest(input);
                lakehouse.run("hostile-run", PipelineListener.NONE);
            }
            return Map.of("lakehouse.warehouse", dir.resolve("warehouse").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clean PBJ row in the column order of the real 2024Q2 file. */
    private static String row(String ccn, String name, String workDate) {
        String quoted = "\"" + name.replace("\"", "\"\"") + "\"";
        return ccn + "," + quoted + ",SOMEWHERE,AL,Some County,001," + QUARTER + "," + workDate
                + ",50,0,0,0,0,0,0,20,20,0,0,0,0,40,40,0,100,100,0,0,0,0,0,0,0\n";
    }

    @Override
    public void stop() {
        // temporary folder
    }
}
