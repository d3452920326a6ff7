package org.nhlakehouse.localrun.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.testing.HostileInputs;
import org.nhlakehouse.localrun.testing.PipelineFixture;
import org.nhlakehouse.localrun.testing.PipelineFixture.Pbj;

/**
 * Feeds each hostile input of the corpus, with a good file beside it, into one warehouse, run after run: the hostile
 * file is refused or its bad rows rejected with the expected reason, the good file is always processed, nothing
 * wedges a later run, and rows in = kept + rejected + superseded for every file.
 */
class HostileInputTest {

    @TempDir
    Path dir;

    @Test
    void eachHostileInput_thenAGoodFile_theGoodFileIsProcessed_andEveryRowIsAccountedFor() throws Exception {
        List<HostileInputs.Case> cases = HostileInputs.all(false);
        assertThat(cases).hasSizeGreaterThan(60);
        Set<String> seen = new HashSet<>();
        SoftAssertions softly = new SoftAssertions();
        try (PipelineFixture fixture = new PipelineFixture(dir)) {
            Instant modified = Instant.parse("2024-09-01T00:00:00Z");
            for (int i = 0; i < cases.size(); i++) {
                HostileInputs.Case hostile = cases.get(i);
                String goodCcn = String.format("01%04d", 7000 + i);
                fixture.file(hostile.name(), hostile.content(), modified.plusSeconds(2L * i));
                fixture.file("good-" + i + ".csv", new Pbj().row(goodCcn, "AL", "20240401", "40", "8", "16", "90")
                        .build(), modified.plusSeconds(2L * i + 1));

                fixture.run();

                List<Map<String, Object>> fresh = fixture.query("select * from gold.data_health order by file")
                        .stream().filter(row -> seen.add((String) row.get("file_id"))).toList();
                softly.assertThat(fresh).as("%s: the two new files", hostile).hasSize(2);
                for (Map<String, Object> file : fresh) {
                    boolean isGood = file.get("file").equals("good-" + i + ".csv");
                    if (isGood) {
                        softly.assertThat(file.get("status")).as("%s: the good file", hostile).isEqualTo("processed");
                        softly.assertThat(file.get("rows_kept")).as("%s: the good file", hostile).isEqualTo(1L);
                    } else if (hostile.refusal() != null) {
                        softly.assertThat(file.get("status")).as("%s", hostile).isEqualTo("refused");
                        softly.assertThat(file.get("refusal_reason")).as("%s", hostile).isEqualTo(hostile.refusal());
                        softly.assertThat((String) file.get("refusal_detail")).as("%s", hostile).isNotBlank();
                    } else {
                        softly.assertThat(file.get("status")).as("%s", hostile).isEqualTo("processed");
                        softly.assertThat(fixture.query("select reason, count(*) as n from silver.rejects where file_id = ?"
                                + " group by reason", file.get("file_id")))
                                .as("%s: its rejects", hostile)
                                .isEqualTo(hostile.rejectReason() == null ? List.of()
                                        : List.of(Map.of("reason", hostile.rejectReason(), "n",
                                                (long) hostile.badRows())));
                    }
                    softly.assertThat(file.get("conserved")).as("%s: %s conserved", hostile, file.get("file"))
                            .isEqualTo(true);
                }
                Files.delete(dir.resolve("input").resolve(hostile.name()));
            }
            softly.assertThat(fixture.count("select count(*) from gold.data_health where not conserved")).isZero();
            softly.assertThat(fixture.count("select sum(rows_in) - sum(rows_kept + rows_rejected + rows_superseded)"
                    + " from gold.data_health where status = 'processed'")).isZero();
            // Nothing wrong reached Silver or Gold.
            softly.assertThat(fixture.query("select distinct quarter from gold.fct_facility_quarter"))
                    .as("no phantom quarter").containsExactly(Map.of("quarter", "2024Q2"));
            softly.assertThat(fixture.count("select count(*) from silver.pbj_daily where state not in ('AL')")).isZero();
            softly.assertThat(fixture.count("select count(*) from silver.pbj_daily where strpos(provider_name, chr(0)) > 0"))
                    .isZero();
            softly.assertThat(fixture.count("select count(*) from silver.pbj_daily where hrs_rn is null or mds_census is null"))
                    .isZero();
            softly.assertThat(fixture.count("select count(*) from silver.provider_info where processing_date <> date"
                    + " '2024-11-01' or certified_beds is null or state <> 'AL'")).isZero();
        }
        softly.assertAll();
    }
}
