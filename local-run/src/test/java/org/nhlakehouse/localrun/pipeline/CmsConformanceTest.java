package org.nhlakehouse.localrun.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.pipeline.RunReport;
import org.nhlakehouse.core.testing.Samples;
import org.nhlakehouse.localrun.testing.PipelineFixture;

/**
 * Gold's staffing measures equal the values CMS publishes in Provider Info, for the real files in samples/cms
 * (CMS Technical Users' Guide, Apr 2020: HPRD = sum of hours / sum of MDS census over days with residents).
 */
class CmsConformanceTest {

    @TempDir
    Path dir;

    @Test
    void realPbj2023Q2_matchesTheOct2023Release_toFiveDecimals_forEveryFacilityCmsDidNotSuppress() throws Exception {
        try (PipelineFixture fixture = new PipelineFixture(dir)) {
            fixture.sample("Payroll_Based_Journal_Daily_Nurse_Staffing_2023_Q2.csv")
                    .sample("ProviderInfo_2023_11_RI_excerpt.csv")
                    .sample("ProviderInfo_2023_11_WV_excerpt.csv");
            RunReport report = fixture.run();
            assertThat(report.refused()).isEmpty();

            List<Map<String, Object>> rows = fixture.query(
                    "select * from gold.rpt_cms_conformance where quarter = '2023Q2' order by ccn");
            assertThat(rows).hasSize(50);
            assertThat(rows).filteredOn(r -> r.get("ccn").toString().startsWith("51")).hasSize(8);
            assertThat(rows).filteredOn(r -> Boolean.TRUE.equals(r.get("suppressed_by_cms")))
                    .extracting(r -> r.get("ccn")).containsExactly("415033");
            assertThat(rows).filteredOn(r -> !r.get("ccn").equals("415033"))
                    .allSatisfy(r -> assertThat(r.get("all_match")).as(r.toString()).isEqualTo(true));

            // Spot checks against the published file itself, not only the view's own comparison.
            Map<String, Object> hattie = rows.stream().filter(r -> r.get("ccn").equals("415002")).findFirst()
                    .orElseThrow();
            assertThat((Double) hattie.get("total_hprd")).isCloseTo(4.50351, within(0.000005));
            assertThat((Double) hattie.get("rn_hprd")).isCloseTo(1.30496, within(0.000005));
            assertThat((Double) hattie.get("weekend_total_hprd")).isCloseTo(3.88070, within(0.000005));
            Map<String, Object> lowest = rows.stream().filter(r -> r.get("ccn").equals("515083")).findFirst()
                    .orElseThrow();
            assertThat((Double) lowest.get("total_hprd")).isCloseTo(0.02925, within(0.000005));
        }
    }

    @Test
    void realPbj2024Q2_for015009_matchesTheNov2024Release() throws Exception {
        try (PipelineFixture fixture = new PipelineFixture(dir)) {
            fixture.sample("PBJ_Daily_Nurse_Staffing_Q2_2024.csv").sample("ProviderInfo_2024_12_AL_excerpt.csv");
            fixture.run();

            List<Map<String, Object>> rows = fixture.query("select * from gold.rpt_cms_conformance");
            assertThat(rows).hasSize(1);
            assertThat(rows.getFirst()).containsEntry("ccn", "015009").containsEntry("quarter", "2024Q2")
                    .containsEntry("all_match", true);
            Map<String, Object> quarter = fixture.query(
                    "select * from gold.fct_facility_quarter where ccn = '015009'").getFirst();
            assertThat(quarter.get("provider_info_release")).hasToString("2024-11-01");
            assertThat(quarter.get("certified_beds")).isEqualTo(57L);
            assertThat((Double) quarter.get("occupancy")).isCloseTo(53.3 / 57, within(0.002));
            // Since Nov 2024 CMS publishes case-mix HPRD; the gap is reported minus case-mix.
            assertThat((Double) quarter.get("reported_minus_casemix_total_hprd"))
                    .isCloseTo((Double) quarter.get("total_hprd") - 3.83125, within(0.000001));
        }
    }

    @Test
    void aReleaseCarryingAnotherQuarter_isNeverPairedWith2023Q2() throws Exception {
        // The same excerpt re-dated to a Jan-2024 release, which carries 2023Q3 staffing (the usual CMS lag).
        String january = new String(Samples.read("ProviderInfo_2023_11_RI_excerpt.csv"))
                .replace("\"2023-10-01\"", "\"2024-01-01\"");
        try (PipelineFixture fixture = new PipelineFixture(dir)) {
            fixture.sample("Payroll_Based_Journal_Daily_Nurse_Staffing_2023_Q2.csv")
                    .file("ProviderInfo_Jan2024.csv", january, Instant.parse("2024-01-15T00:00:00Z"));
            fixture.run();

            assertThat(fixture.query("select * from silver.int_provider_info_releases"))
                    .singleElement().satisfies(r -> assertThat(r).containsEntry("staffing_quarter", "2023Q3")
                            .containsEntry("quarter_source", "usual_lag"));
            assertThat(fixture.count("select count(*) from gold.rpt_cms_conformance")).isZero();
            assertThat(fixture.count("select count(*) from gold.fct_facility_quarter where provider_info_release "
                    + "is not null")).isZero();
            // Beds still come from the nearest release, and say which one.
            assertThat(fixture.count("select count(*) from gold.fct_facility_quarter where beds_release = "
                    + "date '2024-01-01'")).isEqualTo(42);
        }
    }

    @Test
    void theDataCollectionIntervalsFile_overridesTheUsualLag() throws Exception {
        // CMS's own mapping file says this January release still carries Q2 (as in 2024, when Q4-2023 was skipped).
        String january = new String(Samples.read("ProviderInfo_2023_11_RI_excerpt.csv"))
                .replace("\"2023-10-01\"", "\"2024-01-01\"");
        String intervals = "Measure Code,Measure Description,Data Collection Period From Date,"
                + "Data Collection Period Through Date,Measure Date Range,Processing Date\n"
                + "STAFFING_LEVELS,Staffing,2023-04-01,2023-06-30,04/01/2023-06/30/2023,2024-01-01\n"
                + "401,Some quality measure,2022-10-01,2023-09-30,,2024-01-01\n";
        try (PipelineFixture fixture = new PipelineFixture(dir)) {
            fixture.sample("Payroll_Based_Journal_Daily_Nurse_Staffing_2023_Q2.csv")
                    .file("ProviderInfo_Jan2024.csv", january, Instant.parse("2024-01-15T00:00:00Z"))
                    .file("NH_DataCollectionIntervals_Jan2024.csv", intervals, Instant.parse("2024-01-15T00:00:00Z"));
            fixture.run();

            assertThat(fixture.query("select * from silver.int_provider_info_releases"))
                    .singleElement().satisfies(r -> assertThat(r).containsEntry("staffing_quarter", "2023Q2")
                            .containsEntry("quarter_source", "collection_intervals"));
            assertThat(fixture.count("select count(*) from gold.rpt_cms_conformance where all_match")).isEqualTo(41);
        }
    }

    /**
     * Facility 335513 over 34 quarters (real daily PBJ values, re-serialized by a third party) against CMS's monthly
     * Provider Info history for it. CMS published 28 of those quarters: 27 match to 5 decimals (RN, LPN, aide, total,
     * and average residents to 1 decimal); 2020Q2 is about 0.02% off, most likely because CMS revised that PBJ file
     * after the release.
     */
    @Test
    void facility335513_matchesCmsPublishedHistory_over28Quarters() throws Exception {
        Map<String, double[]> published = new HashMap<>();
        {
            List<String> lines = Files.readAllLines(Samples.referenceFolder()
                    .resolve("facility_335513_provider_info_data.csv"));
            List<String> header = List.of(lines.getFirst().split(","));
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                String quarter = cells[header.indexOf("quarter")];
                String total = cells[header.indexOf("reported_total_nurse_hrs_per_resident_per_day")];
                if (quarter.isEmpty() || total.isEmpty()) {
                    continue;
                }
                String key = quarter.substring(3) + quarter.substring(0, 2);
                published.put(key, new double[] { Double.parseDouble(total),
                        Double.parseDouble(cells[header.indexOf("reported_rn_hrs_per_resident_per_day")]),
                        Double.parseDouble(cells[header.indexOf("reported_lpn_hrs_per_resident_per_day")]),
                        Double.parseDouble(cells[header.indexOf("reported_na_hrs_per_resident_per_day")]),
                        Double.parseDouble(cells[header.indexOf("avg_residents_per_day")]) });
            }
        }
        try (PipelineFixture fixture = new PipelineFixture(dir)) {
            fixture.sample("facility_335513_complete_data.csv");
            fixture.run();
            int exact = 0;
            for (Map<String, Object> row : fixture.query(
                    "select quarter, total_hprd, rn_hprd, lpn_hprd, aide_hprd, avg_residents "
                            + "from gold.fct_facility_quarter where ccn = '335513' order by quarter")) {
                double[] cms = published.get((String) row.get("quarter"));
                if (cms == null) {
                    continue;
                }
                double[] ours = { (Double) row.get("total_hprd"), (Double) row.get("rn_hprd"),
                        (Double) row.get("lpn_hprd"), (Double) row.get("aide_hprd"), (Double) row.get("avg_residents") };
                if (row.get("quarter").equals("2020Q2")) {
                    assertThat(ours[0]).isCloseTo(cms[0], within(cms[0] * 0.0005));
                    continue;
                }
                for (int i = 0; i < 4; i++) {
                    assertThat(Math.round(ours[i] * 1e5) / 1e5).as(row.get("quarter") + " measure " + i)
                            .isCloseTo(cms[i], within(1e-9));
                }
                assertThat(Math.round(ours[4] * 10) / 10.0).as(row.get("quarter") + " residents").isEqualTo(cms[4]);
                exact++;
            }
            assertThat(exact).isEqualTo(27);
        }
    }
}
