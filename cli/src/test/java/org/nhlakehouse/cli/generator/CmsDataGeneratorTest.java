package org.nhlakehouse.cli.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.testing.Samples;

class CmsDataGeneratorTest {

    @TempDir
    Path dir;

    private GenerationReport generate(Path out, int facilities, int quarters, long seed, String start, double rate)
            throws Exception {
        return new CmsDataGenerator(new GeneratorSettings(facilities, quarters, seed, Quarter.parse(start), rate))
                .writeTo(out);
    }

    @Test
    void sameArguments_writeByteIdenticalFiles_andAnotherSeedDoesNot() throws Exception {
        GenerationReport first = generate(dir.resolve("a"), 40, 2, 42, "2023Q4", 0.01);
        GenerationReport second = generate(dir.resolve("b"), 40, 2, 42, "2023Q4", 0.01);
        GenerationReport other = generate(dir.resolve("c"), 40, 2, 43, "2023Q4", 0.01);

        assertThat(first.files()).hasSize(6);
        for (int i = 0; i < first.files().size(); i++) {
            Path a = first.files().get(i).path();
            assertThat(a.getFileName()).isEqualTo(second.files().get(i).path().getFileName());
            assertThat(Files.mismatch(a, second.files().get(i).path())).as(a.getFileName().toString()).isEqualTo(-1);
        }
        assertThat(first.expectedRejects()).isEqualTo(second.expectedRejects());
        assertThat(Files.mismatch(first.files().getFirst().path(), other.files().getFirst().path())).isNotEqualTo(-1);
    }

    @Test
    void pbjFile_hasCmsHeader_andOneRowPerFacilityPerDayOfTheQuarter() throws Exception {
        GenerationReport report = generate(dir, 30, 1, 5, "2024Q2", 0);

        Path pbj = dir.resolve("PBJ_dailynursestaffing_CY2024Q2.csv");
        List<String> lines = CsvLines.read(pbj);
        String realHeader = CsvLines.read(Samples.path("PBJ_Daily_Nurse_Staffing_Q2_2024.csv")).getFirst();
        assertThat(lines.getFirst()).isEqualTo(realHeader).startsWith("\uFEFFPROVNUM,");
        assertThat(lines).hasSize(1 + 30 * 91);
        assertThat(report.files().getFirst().rows()).isEqualTo(30 * 91);

        Map<String, Set<LocalDate>> daysByCcn = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            List<String> f = CsvLines.fields(line);
            assertThat(f).hasSize(33);
            assertThat(f.get(6)).isEqualTo("2024Q2");
            LocalDate day = LocalDate.parse(f.get(7), java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            assertThat(day).isBetween(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30));
            assertThat(daysByCcn.computeIfAbsent(f.get(0), k -> new HashSet<>()).add(day)).isTrue();
        }
        assertThat(daysByCcn).hasSize(30).allSatisfy((ccn, days) -> assertThat(days).hasSize(91));
    }

    @Test
    void hours_haveAtMostTwoDecimals_andTotalEqualsEmployeePlusContract_inEveryGoodRow() throws Exception {
        GenerationReport report = generate(dir, 25, 1, 9, "2023Q3", 0.02);
        Set<Long> badLines = report.expectedRejects().stream().filter(r -> r.fileName().startsWith("PBJ"))
                .map(ExpectedReject::line).collect(Collectors.toSet());
        List<String> lines = CsvLines.read(dir.resolve("PBJ_dailynursestaffing_CY2023Q3.csv"));
        int checked = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (badLines.contains(i + 1L)) {
                continue;
            }
            List<String> f = CsvLines.fields(lines.get(i));
            assertThat(Integer.parseInt(f.get(8))).isNotNegative();
            for (int role = 0; role < 8; role++) {
                BigDecimal total = new BigDecimal(f.get(9 + role * 3));
                BigDecimal employee = new BigDecimal(f.get(10 + role * 3));
                BigDecimal contract = new BigDecimal(f.get(11 + role * 3));
                assertThat(total.scale()).isLessThanOrEqualTo(2);
                assertThat(employee.signum()).isNotNegative();
                assertThat(contract.signum()).isNotNegative();
                assertThat(employee.add(contract)).as(lines.get(i)).isEqualByComparingTo(total);
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(25 * 90 - badLines.size());
    }

    @Test
    void providerInfo_isTheReleaseCarryingTheQuarter_withTheRealHeader_andIntervalsSayWhichQuarter() throws Exception {
        generate(dir, 20, 1, 3, "2024Q2", 0);

        List<String> providerInfo = CsvLines.read(dir.resolve("NH_ProviderInfo_Nov2024.csv"));
        String realHeader = CsvLines.read(Samples.path("ProviderInfo_2024_12_AL_excerpt.csv")).getFirst();
        assertThat(providerInfo.getFirst()).isEqualTo(realHeader);
        assertThat(providerInfo).hasSize(21);
        for (String line : providerInfo.subList(1, providerInfo.size())) {
            List<String> f = CsvLines.fields(line);
            assertThat(f).hasSize(103);
            assertThat(f.get(102)).isEqualTo("2024-11-01");
            assertThat(line).startsWith("\"" + f.get(0) + "\",\"");
            assertThat(Integer.parseInt(f.get(26))).isBetween(1, 5);
            assertThat(Integer.parseInt(f.get(10))).isGreaterThanOrEqualTo((int) Double.parseDouble(f.get(11)));
            assertThat(f.get(44)).matches("[0-9]+\\.[0-9]{5}");
        }
        assertThat(CsvLines.read(dir.resolve("NH_DataCollectionIntervals_Nov2024.csv"))).contains(
                "STAFFING_LEVELS,Staffing levels (PBJ),2024-04-01,2024-06-30,04/01/2024-06/30/2024,2024-11-01");
    }

    @Test
    void badRows_areSpreadOverEveryDefect_atAboutTheRequestedRate() throws Exception {
        GenerationReport report = generate(dir, 60, 2, 11, "2023Q1", 0.02);

        long pbjRows = report.quarters().stream().mapToLong(GenerationReport.QuarterSummary::pbjRows).sum();
        List<ExpectedReject> pbjRejects = report.expectedRejects().stream()
                .filter(r -> r.fileName().startsWith("PBJ")).toList();
        assertThat((double) pbjRejects.size() / pbjRows).isBetween(0.014, 0.026);
        Set<String> kinds = pbjRejects.stream().map(r -> r.reason().replaceFirst(":.*", ""))
                .collect(Collectors.toSet());
        assertThat(kinds).containsExactlyInAnyOrder("ccn_malformed", "ccn_missing", "state_malformed",
                "workdate_missing", "workdate_unparseable", "workdate_outside_quarter", "census_missing",
                "census_negative", "census_non_numeric", "hours_missing", "hours_non_numeric", "hours_negative",
                "hours_precision", "hours_inconsistent", "duplicate_in_file", "field_count_mismatch",
                "malformed_quotes");
    }
}
