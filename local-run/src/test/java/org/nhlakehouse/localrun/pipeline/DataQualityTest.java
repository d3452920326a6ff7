package org.nhlakehouse.localrun.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.landing.RefusalReason;
import org.nhlakehouse.core.pipeline.RunReport;
import org.nhlakehouse.core.testing.Samples;
import org.nhlakehouse.localrun.testing.PipelineFixture;
import org.nhlakehouse.localrun.testing.PipelineFixture.Pbj;

/**
 * Bad rows are quarantined with a specific reason and their line and text, refused files leave nothing in Silver, and
 * for every file rows in = kept + rejected + superseded.
 */
class DataQualityTest {

    private static final Instant T = Instant.parse("2024-08-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void everyRejectReason_isRecordedWithItsLineAndText() throws Exception {
        String good = Samples.firstPbjRow();
        Pbj pbj = new Pbj()
                .row("015009", "AL", "20240401", "50", "10", "20", "100") // line 2: kept
                .row("15009", "AL", "20240402", "50", "10", "20", "100") // 3: kept as 015009
                .row("01-5009", "AL", "20240403", "50", "10", "20", "100") // 4
                .row("015009", "Alabama", "20240404", "50", "10", "20", "100") // 5
                .row("015009", "AL", "2024-04-05", "50", "10", "20", "100") // 6
                .row("015009", "AL", "20240231", "50", "10", "20", "100") // 7
                .row("015009", "AL", "", "50", "10", "20", "100") // 8
                .raw(good.replace("20240401", "20240701")) // 9: CY_Qtr says Q2
                .row("015009", "AL", "20240406", "-3", "10", "20", "100") // 10
                .row("015009", "AL", "20240407", "fifty", "10", "20", "100") // 11
                .row("015009", "AL", "20240408", "", "10", "20", "100") // 12
                .row("015009", "AL", "20240409", "50", "ten", "20", "100") // 13
                .row("015009", "AL", "20240410", "50", "10", "-20", "100") // 14
                .row("015009", "AL", "20240411", "50", "10", "20", "100.12345") // 15
                .row("015009", "AL", "20240412", "50", "", "20", "100") // 16
                .raw(good.replace("20240401,51,10.77,10.77,0", "20240413,51,10.77,5,0")) // 17: 10.77 <> 5 + 0
                .raw(good.replace("20240401", "20240414") + ",surplus") // 18
                .raw(good.replace("\"BURNS NURSING HOME, INC.\"", "\"BURNS\" NURSING").replace("20240401",
                        "20240415")) // 19
                .row("015009", "AL", "20240416", "50", "10", "20", "100") // 20: dup of 21
                .row("015009", "AL", "20240416", "51", "11", "21", "101"); // 21: kept
        try (PipelineFixture fixture = new PipelineFixture(dir)) {
            fixture.file("bad-rows.csv", pbj.build(), T);
            RunReport report = fixture.run();

            Map<Long, String> reasons = new java.util.TreeMap<>();
            for (Map<String, Object> row : fixture.query("select line_number, reason from silver.rejects")) {
                reasons.put((Long) row.get("line_number"), (String) row.get("reason"));
            }
            assertThat(reasons).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                    Map.entry(4L, "ccn_malformed"),
                    Map.entry(5L, "state_malformed"),
                    Map.entry(6L, "workdate_unparseable"),
                    Map.entry(7L, "workdate_unparseable"),
                    Map.entry(8L, "workdate_missing"),
                    Map.entry(9L, "workdate_outside_quarter"),
                    Map.entry(10L, "census_negative"),
                    Map.entry(11L, "census_non_numeric"),
                    Map.entry(12L, "census_missing"),
                    Map.entry(13L, "hours_non_numeric:Hrs_RN"),
                    Map.entry(14L, "hours_negative:Hrs_LPN"),
                    Map.entry(15L, "hours_precision:Hrs_CNA"),
                    Map.entry(16L, "hours_missing:Hrs_RN"),
                    Map.entry(17L, "hours_inconsistent:Hrs_RNDON"),
                    Map.entry(18L, "field_count_mismatch"),
                    Map.entry(19L, "malformed_quotes"),
                    Map.entry(20L, "duplicate_in_file")));
            assertThat(report.rowsIn()).isEqualTo(20);
            assertThat(report.rowsRejected()).isEqualTo(17);
            assertThat(report.rowsKept()).isEqualTo(3);
            assertThat(fixture.count("select count(*) from silver.pbj_daily where ccn = '015009'")).isEqualTo(3);
            assertThat(fixture.query("select mds_census from silver.pbj_daily where work_date = date '2024-04-16'"))
                    .extracting(r -> r.get("mds_census")).containsExactly(51L);

            String raw18 = (String) fixture.query("select raw_text from silver.rejects where line_number = 18")
                    .getFirst().get("raw_text");
            assertThat(raw18).endsWith(",surplus").contains("\"BURNS NURSING HOME, INC.\"");
            String raw13 = (String) fixture.query("select raw_text from silver.rejects where line_number = 13")
                    .getFirst().get("raw_text");
            assertThat(raw13).startsWith("015009,FACILITY 015009,SOMEWHERE,AL,").contains(",ten,ten,");
            assertThat(fixture.query("select * from gold.data_health").getFirst())
                    .containsEntry("rows_in", 20L).containsEntry("rows_kept", 3L).containsEntry("rows_rejected", 17L)
                    .containsEntry("conserved", true);
            assertThat((String) fixture.query("select rejected_by_reason from gold.data_health").getFirst()
                    .get("rejected_by_reason")).contains("workdate_unparseable (2)").contains("ccn_malformed (1)");
        }
    }

    /**
     * Hours written with spaces around them miss the typing step's one-regex check of the common case (it reads the
     * values as they came): they are trimmed and checked value by value, with the outcome they always had.
     */
    @Test
    void hoursWithSpaces_areTrimmed_andCheckedLikeAnyOther() throws Exception {
        String good = Samples.firstPbjRow();
        String hours = "20240401,51,10.77,10.77,0";
        Pbj pbj = new Pbj()
                .raw(good.replace(hours, "20240402,51, 10.77 ,10.77,0")) // line 2: kept, 10.77
                .raw(good.replace(hours, "20240403,51,10.77,10.77,   ")) // 3: kept, contract derived: 0
                .raw(good.replace(hours, "20240404,51, 10.77 ,5,0")) // 4
                .raw(good.replace(hours, "20240405,51,123456789 ,10.77,0")) // 5
                .raw(good.replace(hours, "20240406,51, -1,10.77,0")) // 6
                .raw(good.replace(hours, "20240407,51,10.77, ,0")) // 7
                .raw(good.replace(hours, "20240408,51,10.77,10.77,0")
                        .replace(",160.08,160.08,", ",160.08 , 160.081234,")); // 8
        try (PipelineFixture fixture = new PipelineFixture(dir)) {
            fixture.file("spaced-hours.csv", pbj.build(), T);
            RunReport report = fixture.run();

            Map<Long, String> reasons = new java.util.TreeMap<>();
            for (Map<String, Object> row : fixture.query("select line_number, reason from silver.rejects")) {
                reasons.put((Long) row.get("line_number"), (String) row.get("reason"));
            }
            assertThat(reasons).containsExactlyInAnyOrderEntriesOf(Map.of(
                    4L, "hours_inconsistent:Hrs_RNDON",
                    5L, "hours_out_of_range:Hrs_RNDON",
                    6L, "hours_negative:Hrs_RNDON",
                    7L, "hours_missing:Hrs_RNDON_emp",
                    8L, "hours_precision:Hrs_CNA_emp"));
            assertThat(report.rowsKept()).isEqualTo(2);
            assertThat(fixture.query("select hrs_rndon, hrs_rndon_ctr from silver.pbj_daily order by work_date"))
                    .extracting(r -> r.get("hrs_rndon").toString() + "/" + r.get("hrs_rndon_ctr"))
                    .containsExactly("10.7700/0.0000", "10.7700/0.0000");
            String raw4 = (String) fixture.query("select raw_text from silver.rejects where line_number = 4")
                    .getFirst().get("raw_text");
            assertThat(raw4).contains(",20240404,51,10.77,5,0,");
        }
    }

    @Test
    void refusedFiles_areListedWithTheirReason_andTheOthersAreStillProcessed() throws Exception {
        try (PipelineFixture fixture = new PipelineFixture(dir)) {
            fixture.sample("PBJ_Daily_Nurse_Staffing_Q2_2024.csv")
                    .file("empty.csv", "", T)
                    .file("notes.txt", "just some notes, not CMS data\nline two\n", T)
                    .file("image.csv", new byte[] { 'G', 'I', 'F', '8', '9', 'a', 0, 0, 1 }, T)
                    .file("header-only.csv", Samples.pbjHeader() + "\n", T);
            RunReport report = fixture.run();

            assertThat(report.refused()).extracting(r -> r.reason().orElseThrow()).containsExactlyInAnyOrder(
                    RefusalReason.EMPTY_FILE.code(), RefusalReason.UNKNOWN_DATASET.code(),
                    RefusalReason.BINARY_CONTENT.code(), RefusalReason.NO_DATA_ROWS.code());
            assertThat(report.refused()).allSatisfy(r -> assertThat(r.detail().orElseThrow()).isNotBlank());
            assertThat(fixture.count("select count(*) from silver.pbj_daily")).isEqualTo(91);
            List<Map<String, Object>> health = fixture.query(
                    "select file, status, refusal_reason, conserved from gold.data_health order by file");
            assertThat(health).hasSize(5);
            assertThat(health).filteredOn(h -> "refused".equals(h.get("status"))).hasSize(4)
                    .allSatisfy(h -> assertThat(h.get("refusal_reason")).isNotNull());
            assertThat(fixture.count("select count(*) from ops.file_log where status = 'refused'")).isEqualTo(4);

            // A refused file is not retried until it changes; fixing it lands the new version.
            assertThat(fixture.run().refused()).isEmpty();
            fixture.file("header-only.csv", new Pbj().row("015010", "AL", "20240401", "40", "8", "16", "90").build(),
                    T.plusSeconds(60));
            RunReport fixed = fixture.run();
            assertThat(fixed.landed()).hasSize(1);
            assertThat(fixture.count("select count(*) from silver.pbj_daily where ccn = '015010'")).isEqualTo(1);
        }
    }

    @Test
    void conservation_holdsForEveryFile_throughRejectsAndSupersedes() throws Exception {
        Pbj early = new Pbj().row("015009", "AL", "20240401", "50", "10", "20", "100")
                .row("015009", "AL", "20240402", "50", "10", "20", "100")
                .row("015009", "AL", "20240403", "x", "10", "20", "100");
        Pbj late = new Pbj().row("015009", "AL", "20240402", "60", "10", "20", "100")
                .row("015009", "AL", "20240403", "60", "10", "20", "100");
        try (PipelineFixture fixture = new PipelineFixture(dir)) {
            // The later file arrives first: the earlier one's overlapping row loses anyway.
            fixture.file("late.csv", late.build(), T.plusSeconds(3600));
            fixture.run();
            fixture.file("early.csv", early.build(), T);
            fixture.run();

            assertThat(fixture.query("select file, rows_in, rows_kept, rows_rejected, rows_superseded, conserved "
                    + "from gold.data_health order by file")).containsExactly(
                            Map.of("file", "early.csv", "rows_in", 3L, "rows_kept", 1L, "rows_rejected", 1L,
                                    "rows_superseded", 1L, "conserved", true),
                            Map.of("file", "late.csv", "rows_in", 2L, "rows_kept", 2L, "rows_rejected", 0L,
                                    "rows_superseded", 0L, "conserved", true));
            assertThat(fixture.query("select work_date, mds_census from silver.pbj_daily order by work_date"))
                    .extracting(r -> r.get("mds_census")).containsExactly(50L, 60L, 60L);
        }
    }
}
