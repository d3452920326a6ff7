package org.nhlakehouse.local.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.pipeline.PipelineListener;
import org.nhlakehouse.core.pipeline.RunReport;
import org.nhlakehouse.core.testing.Samples;
import org.nhlakehouse.local.LocalLakehouse;

class CmsConformanceTest {

    @TempDir
    Path dir;

    private Path input(String... names) throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        for (String name : names) {
            Files.copy(Samples.path(name), input.resolve(name));
        }
        return input;
    }

    @Test
    void gold2023Q2_equalsCmsPublishedValues_forEveryFacilityCmsDidNotSuppress() throws Exception {
        Path input = input("Payroll_Based_Journal_Daily_Nurse_Staffing_2023_Q2.csv", "ProviderInfo_2023_11_RI_excerpt.csv",
                "ProviderInfo_2023_11_WV_excerpt.csv", "PBJ_Daily_Nurse_Staffing_Q2_2024.csv",
                "ProviderInfo_2024_12_AL_excerpt.csv");
        try (LocalLakehouse lakehouse = LocalLakehouse.open(dir.resolve("warehouse"))) {
            lakehouse.ingest(input);
            RunReport report = lakehouse.run("test-run", new PipelineListener() {
                @Override
                public void message(String text) {
                    System.out.println(text);
                }
            });
            System.out.println(report);
            List<Map<String, Object>> rows = lakehouse.engine().query(
                    "select * from gold.rpt_cms_conformance order by quarter, ccn").asMaps();
            rows.stream().filter(r -> !Boolean.TRUE.equals(r.get("all_match"))).forEach(System.out::println);
            assertThat(rows).hasSize(51);
        }
    }
}
