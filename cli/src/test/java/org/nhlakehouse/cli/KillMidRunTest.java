package org.nhlakehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.pipeline.PipelineListener;
import org.nhlakehouse.core.testing.Samples;
import org.nhlakehouse.localrun.LocalLakehouse;
import org.nhlakehouse.localrun.testing.PipelineFixture;

/**
 * The process running the pipeline is killed (SIGKILL) in the middle of the Silver MERGE; the next run completes and
 * Gold equals that of a run that was never interrupted.
 */
class KillMidRunTest {

    @TempDir
    Path dir;

    /** A PBJ quarter big enough that its MERGE takes a noticeable moment: 1,500 facilities x 91 days. */
    private Path input() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        try (BufferedWriter out = Files.newBufferedWriter(input.resolve("pbj.csv"))) {
            out.write(Samples.pbjHeader());
            out.write("\n");
            for (int facility = 0; facility < 1_500; facility++) {
                String ccn = String.format("%02d%04d", 1 + facility % 50, 5000 + facility);
                for (LocalDate day = LocalDate.of(2024, 4, 1); day.isBefore(LocalDate.of(2024, 7, 1)); day = day.plusDays(1)) {
                    int census = 40 + (facility * 7 + day.getDayOfMonth()) % 60;
                    String date = day.toString().replace("-", "");
                    out.write(ccn + ",\"FACILITY " + facility + "\",TOWN,AL,County,001,2024Q2," + date + "," + census
                            + ",8,8,0,0,0,0," + (20 + facility % 9) + "," + (20 + facility % 9) + ",0,0,0,0,30,28,2,"
                            + (100 + facility % 17) + ",90," + (10 + facility % 17) + ",0,0,0,5,5,0\n");
                }
            }
        }
        Files.copy(Samples.path("ProviderInfo_2024_12_AL_excerpt.csv"), input.resolve("pi.csv"));
        return input;
    }

    @Test
    void killedDuringTheSilverMerge_theNextRunCompletes_toTheSameGold() throws Exception {
        Path input = input();
        Map<String, List<List<Object>>> clean;
        try (PipelineFixture reference = new PipelineFixture(dir.resolve("reference"))) {
            reference.lakehouse().ingest(input);
            reference.lakehouse().run("reference", PipelineListener.NONE);
            clean = reference.gold();
        }

        Path warehouse = dir.resolve("warehouse");
        Path marker = dir.resolve("merge-started");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                CrashableRun.class.getName(), warehouse.toString(), input.toString(), "pbj_daily", marker.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("crashable.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!Files.exists(marker) && process.isAlive() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(marker).as(Files.exists(dir.resolve("crashable.log")) ? Files.readString(dir.resolve(
                "crashable.log")) : "no log").exists();
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (LocalLakehouse resumed = LocalLakehouse.open(warehouse)) {
            assertThat(resumed.engine().query("select count(*) from ops.file_log where status = 'processed'")
                    .singleLong()).as("the killed run finished nothing").isZero();
            resumed.run("resumed", PipelineListener.NONE);
        }
        try (LocalLakehouse resumed = LocalLakehouse.open(warehouse)) {
            PipelineFixture view = PipelineFixture.over(resumed);
            assertThat(view.gold()).isEqualTo(clean);
            assertThat(resumed.engine().query("select count(*) from gold.data_health where conserved").singleLong())
                    .isEqualTo(2);
        }
    }
}
