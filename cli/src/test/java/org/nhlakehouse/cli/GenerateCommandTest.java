package org.nhlakehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int lakehouse(String... args) {
        return LakehouseCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void generate_writesEachQuartersFiles_andTheReasonsOfItsBadRows() throws Exception {
        int status = lakehouse("generate", "--facilities", "12", "--quarters", "2", "--seed", "3", "--start", "2024Q1",
                "--bad-row-rate", "0.02", "--out", dir.resolve("data").toString(), "--expected-rejects",
                dir.resolve("expected.csv").toString());

        assertThat(status).as(err.toString()).isZero();
        try (var files = Files.list(dir.resolve("data"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "PBJ_dailynursestaffing_CY2024Q1.csv", "NH_ProviderInfo_Aug2024.csv",
                    "NH_DataCollectionIntervals_Aug2024.csv", "PBJ_dailynursestaffing_CY2024Q2.csv",
                    "NH_ProviderInfo_Nov2024.csv", "NH_DataCollectionIntervals_Nov2024.csv");
        }
        assertThat(Files.readAllLines(dir.resolve("expected.csv")).getFirst()).isEqualTo("file,line,reason");
        assertThat(out.toString()).contains("2024Q2    release 2024-11-01; pooled HPRD total")
                .contains("Rows made wrong on purpose");
    }

    @Test
    void generate_refusesImpossibleSettings_withAMessage() {
        int status = lakehouse("generate", "--facilities", "0", "--out", dir.toString());

        assertThat(status).isEqualTo(LakehouseCli.FAILED);
        assertThat(err.toString()).contains("--facilities must be between 1 and 200000");
    }
}
