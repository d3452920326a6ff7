package org.nhlakehouse.cli.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.pipeline.PipelineListener;
import org.nhlakehouse.core.pipeline.RunReport;
import org.nhlakehouse.localrun.LocalLakehouse;

/**
 * GIVEN 200 generated facilities over two quarters, with 1% of rows made wrong on purpose, WHEN the pipeline loads
 * them, THEN every bad row is quarantined with the reason the generator intended, rows are conserved, and Gold's
 * recomputed staffing equals what the generated Provider Info releases report.
 */
class GeneratedDataPipelineTest {

    @TempDir
    static Path dir;

    private static GenerationReport generated;
    private static RunReport run;
    private static List<Map<String, Object>> rejects;
    private static List<Map<String, Object>> conformance;
    private static long mismatchedTotals;
    private static long facilityQuarters;
    private static final List<String> messages = new ArrayList<>();

    @BeforeAll
    static void generateAndLoad() throws Exception {
        generated = new CmsDataGenerator(new GeneratorSettings(200, 2, 2024, Quarter.parse("2023Q4"), 0.01))
                .writeTo(dir.resolve("input"));
        try (LocalLakehouse lakehouse = LocalLakehouse.open(dir.resolve("warehouse"))) {
            lakehouse.ingest(dir.resolve("input"));
            run = lakehouse.run("generated-test", new PipelineListener() {
                @Override
                public void message(String text) {
                    messages.add(text);
                }
            });
            rejects = lakehouse.engine().query("select f.file_name, r.line_number, r.reason from silver.rejects as r"
                    + " join ops.file_log as f on f.file_id = r.file_id").asMaps();
            conformance = lakehouse.engine().query("select * from gold.rpt_cms_conformance").asMaps();
            facilityQuarters = ((Number) lakehouse.engine().query("select count(*) as n from gold.fct_facility_quarter")
                    .asMaps().getFirst().get("n")).longValue();
            // Gold's total HPRD against the value the release carrying the quarter reports, to CMS's 5 decimals.
            mismatchedTotals = ((Number) lakehouse.engine().query("""
                    select count(*) as n
                    from gold.fct_facility_quarter as f
                    join silver.provider_info as p on p.ccn = f.ccn
                    join silver.int_provider_info_releases as r
                        on r.processing_date = p.processing_date and r.staffing_quarter = f.quarter
                    where round(f.total_hprd, 5) <> cast(p.reported_total_hprd as double)
                        or round(f.rn_hprd, 5) <> cast(p.reported_rn_hprd as double)
                        or round(f.aide_hprd, 5) <> cast(p.reported_aide_hprd as double)
                    """).asMaps().getFirst().get("n")).longValue();
        }
    }

    @Test
    void everyFileLands_andRowsAreConserved() {
        assertThat(run.refused()).isEmpty();
        assertThat(run.landed()).hasSize(6);
        assertThat(run.summary().files()).isEqualTo(6);
        assertThat(run.rowsIn()).isEqualTo(generated.rows());
        assertThat(run.rowsKept() + run.rowsRejected() + run.rowsSuperseded()).isEqualTo(run.rowsIn());
        assertThat(run.rowsRejected()).isEqualTo(generated.expectedRejects().size());
        assertThat(run.rowsSuperseded()).isZero();
    }

    @Test
    void theRun_saysWhatTheStateMachineAddedToTheWork() {
        assertThat(messages).filteredOn(m -> m.startsWith("Overhead")).singleElement().satisfies(message -> {
            Matcher figures = Pattern.compile("Overhead  ([0-9.]+) s of the execution's ([0-9.]+) s had no file landing"
                    + " and no SQL step running \\(([0-9.]+) % of the work\\)").matcher(message);
            assertThat(figures.matches()).as(message).isTrue();
            assertThat(Double.parseDouble(figures.group(1))).isLessThanOrEqualTo(Double.parseDouble(figures.group(2)));
            assertThat(Double.parseDouble(figures.group(2))).isLessThanOrEqualTo(run.elapsedMillis() / 1000.0 + 0.05);
        });
    }

    @Test
    void everyBadRow_isQuarantined_withTheIntendedReason_andNoOtherRowIs() {
        Set<ExpectedReject> actual = rejects.stream().map(r -> new ExpectedReject((String) r.get("file_name"),
                ((Number) r.get("line_number")).longValue(), (String) r.get("reason"))).collect(Collectors.toSet());
        assertThat(actual).containsExactlyInAnyOrderElementsOf(generated.expectedRejects());
        assertThat(generated.expectedRejects()).extracting(r -> r.reason().replaceFirst(":.*", ""))
                .contains("hours_inconsistent", "workdate_outside_quarter", "malformed_quotes", "duplicate_in_file");
    }

    @Test
    void goldStaffing_equalsTheReportedStaffing_ofTheReleaseCarryingEachQuarter() {
        long providerInfoRowsLost = generated.expectedRejects().stream()
                .filter(r -> r.fileName().startsWith("NH_ProviderInfo") && !r.reason().equals("duplicate_in_file"))
                .count();
        assertThat(facilityQuarters).isEqualTo(400);
        assertThat(conformance).hasSize((int) (400 - providerInfoRowsLost));
        assertThat(conformance).allSatisfy(row -> assertThat(row.get("all_match")).as(row.toString()).isEqualTo(true));
        assertThat(mismatchedTotals).isZero();
    }
}
