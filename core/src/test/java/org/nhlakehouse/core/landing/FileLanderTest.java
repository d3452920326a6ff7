package org.nhlakehouse.core.landing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.testing.InMemoryObjectStore;
import org.nhlakehouse.core.testing.Samples;

class FileLanderTest {

    private final InMemoryObjectStore store = new InMemoryObjectStore();
    private final FileLander lander = new FileLander(store, false);

    private LandingOutcome land(String key, byte[] content) throws Exception {
        store.putBytes(key, content, Map.of());
        return lander.land(key);
    }

    private LandedFile landed(String key, byte[] content) throws Exception {
        LandingOutcome outcome = land(key, content);
        assertThat(outcome).as("outcome of %s", key).isInstanceOf(LandingOutcome.Landed.class);
        return ((LandingOutcome.Landed) outcome).file();
    }

    private LandingOutcome.Refused refused(String key, byte[] content) throws Exception {
        LandingOutcome outcome = land(key, content);
        assertThat(outcome).as("outcome of %s", key).isInstanceOf(LandingOutcome.Refused.class);
        assertThat(store.list("bronze-rows/")).as("nothing of a refused file reaches Bronze rows").isEmpty();
        return (LandingOutcome.Refused) outcome;
    }

    private List<String[]> bronzeRows(LandedFile file) throws Exception {
        String text = new String(store.readAllBytes(file.bronzeRowsKey()), StandardCharsets.UTF_8);
        return text.lines().map(line -> line.split("\u0001", -1)).toList();
    }

    private static String column(LandedFile file, String[] row, String name) {
        int index = file.dataset().columnNames().indexOf(name);
        assertThat(index).as("column " + name).isNotNegative();
        return row[1 + index];
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void realPbj2023Q2_alwaysQuotedNamesAndAlphanumericCcns_landsEveryRowVerbatim() throws Exception {
        LandedFile file = landed("bronze/pbj/q2.csv", Samples.read("Payroll_Based_Journal_Daily_Nurse_Staffing_2023_Q2.csv"));

        assertThat(file.dataset()).isEqualTo(Dataset.PBJ_DAILY_NURSE_STAFFING);
        assertThat(file.rowsIn()).isEqualTo(17_745);
        assertThat(file.recordsWithIssues()).isZero();
        assertThat(file.encoding()).isEqualTo("utf-8");
        assertThat(file.notes()).isEmpty();
        assertThat(file.sha256()).hasSize(64);
        assertThat(file.fileId()).matches("[0-9a-f]{16}");
        List<String[]> rows = bronzeRows(file);
        assertThat(rows).hasSize(17_745).allSatisfy(row -> assertThat(row).hasSize(1 + 34 + 2));
        String[] first = rows.getFirst();
        assertThat(first[0]).isEqualTo("2");
        assertThat(column(file, first, "provnum")).isEqualTo("415002");
        assertThat(column(file, first, "provname")).isEqualTo("HATTIE IDE CHAFFEE HOME");
        assertThat(column(file, first, "county_fips")).isEqualTo("007");
        assertThat(column(file, first, "workdate")).isEqualTo("20230401");
        assertThat(column(file, first, "mdscensus")).isEqualTo("55");
        assertThat(column(file, first, "hrs_lpn_ctr")).isEqualTo("14.96");
        assertThat(rows).anySatisfy(row -> assertThat(column(file, row, "provnum")).isEqualTo("51A009"));
        assertThat(rows.getLast()[0]).isEqualTo("17746");
    }

    @Test
    void realPbj2024Q2_withBomAndMinimalQuoting() throws Exception {
        LandedFile file = landed("bronze/pbj/q2-2024.csv", Samples.read("PBJ_Daily_Nurse_Staffing_Q2_2024.csv"));

        assertThat(file.encoding()).isEqualTo("utf-8 (BOM)");
        assertThat(file.rowsIn()).isEqualTo(91);
        String[] first = bronzeRows(file).getFirst();
        assertThat(column(file, first, "provnum")).isEqualTo("015009");
        assertThat(column(file, first, "provname")).isEqualTo("BURNS NURSING HOME, INC.");
        assertThat(column(file, first, "county_fips")).isEqualTo("059");
    }

    @Test
    void derivedPbjFile_withAPandasDuplicateColumn_ignoresItAndSaysSo() throws Exception {
        LandedFile file = landed("bronze/pbj/335513.csv", Samples.read("facility_335513_complete_data.csv"));

        assertThat(file.rowsIn()).isEqualTo(3_105);
        assertThat(file.notes()).containsExactly("ignored unknown column 'Hrs_RNDON.1' at position 34");
        assertThat(bronzeRows(file)).filteredOn(row -> column(file, row, "hrs_medaide_ctr").isEmpty()).hasSize(91);
    }

    @Test
    void realProviderInfo_ofBothLayouts_keepsLeadingZerosAndQuotedNumbers() throws Exception {
        LandedFile oct2023 = landed("bronze/provider_info/ri.csv", Samples.read("ProviderInfo_2023_11_RI_excerpt.csv"));
        LandedFile nov2024 = landed("bronze/provider_info/al.csv", Samples.read("ProviderInfo_2024_12_AL_excerpt.csv"));

        assertThat(oct2023.headerColumns()).isEqualTo(100);
        assertThat(nov2024.headerColumns()).isEqualTo(103);
        assertThat(oct2023.rowsIn()).isEqualTo(42);
        assertThat(nov2024.rowsIn()).isEqualTo(5);
        assertThat(oct2023.notes()).containsExactly(
                "missing optional column(s) nursing_cmi, nursing_cmi_ratio, casemix_weekend_total_hprd");
        assertThat(nov2024.notes()).isEmpty();
        String[] ri = bronzeRows(oct2023).getFirst();
        assertThat(column(oct2023, ri, "ccn")).isEqualTo("415002");
        assertThat(column(oct2023, ri, "reported_rn_hprd")).isEqualTo("1.30496");
        assertThat(column(oct2023, ri, "processing_date")).isEqualTo("2023-10-01");
        assertThat(column(oct2023, ri, "ssa_county_code")).isEqualTo("030");
        String[] al = bronzeRows(nov2024).getFirst();
        assertThat(column(nov2024, al, "ccn")).isEqualTo("015009");
        assertThat(column(nov2024, al, "provider_name")).isEqualTo("BURNS NURSING HOME, INC.");
        assertThat(column(nov2024, al, "ownership_type")).isEqualTo("For profit - Corporation");
        assertThat(column(nov2024, al, "nursing_cmi_ratio")).isNotEmpty();
        assertThat(column(nov2024, al, "processing_date")).isEqualTo("2024-11-01");
    }

    @Test
    void olderPbjHeaders_lowerCaseLegacySpellingsIncompleteAndNoMedAideContract_mapToTheSameColumns()
            throws Exception {
        String header = "provnum,provname,city,state,county_name,county_fips,cy_qtr,workdate,mdscensus,"
                + "hrs_rn_donadmin,hrs_rn_donadmin_emp,hrs_rn_donadmin_ctr,hrs_rnadmin,hrs_rnadmin_emp,hrs_rnadmin_ctr,"
                + "hrs_rn,hrs_rn_emp,hrs_rn_ctr,hrs_lpn_admin,hrs_lpn_admin_emp,hrs_lpn_admin_ctr,hrs_lpn,hrs_lpn_emp,"
                + "hrs_lpn_ctr,hrs_cna,hrs_cna_emp,hrs_cna_ctr,hrs_na_trn,hrs_na_trn_emp,hrs_na_trn_ctr,hrs_medaide,"
                + "hrs_medaide_emp,incomplete\n";
        String row = "015009,BURNS,RUSSELLVILLE,AL,Franklin,059,2017Q1,20170101,53,8,8,0,1,1,0,20,18,2,0,0,0,30,30,0,"
                + "100,90,10,2,2,0,5,5,N\n";
        LandedFile file = landed("bronze/pbj/2017.csv", utf8(header + row));

        assertThat(file.notes()).containsExactly(
                "missing column(s) hrs_medaide_ctr: contract hours are derived as total - employee hours");
        String[] bronze = bronzeRows(file).getFirst();
        assertThat(column(file, bronze, "hrs_rndon")).isEqualTo("8");
        assertThat(column(file, bronze, "hrs_lpnadmin")).isEqualTo("0");
        assertThat(column(file, bronze, "hrs_natrn_emp")).isEqualTo("2");
        assertThat(column(file, bronze, "hrs_medaide_ctr")).isEmpty();
        assertThat(column(file, bronze, "incomplete")).isEqualTo("N");
    }

    @Test
    void aStrayDuplicateLegacyColumn_losesToTheCanonicalOne() throws Exception {
        List<String> header = Arrays.asList(Samples.pbjHeader().split(","));
        String variant = String.join(",", header) + ",hrs_rn_donadmin\n";
        String row = Samples.firstPbjRow() + ",999\n";
        LandedFile file = landed("bronze/pbj/2017q2.csv", utf8(variant + row));

        assertThat(file.notes()).containsExactly("ignored duplicate column 'hrs_rn_donadmin' at position 34");
        assertThat(column(file, bronzeRows(file).getFirst(), "hrs_rndon")).isEqualTo("10.77");
    }

    @Test
    void windows1252Names_areReadAsSuch_andStoredAsUtf8() throws Exception {
        byte[] name = { 'O', (byte) 0x92, 'B', 'R', 'I', 'E', 'N', ' ', 'C', 'A', 'R', 'E', ' ', (byte) 0x96, ' ', 'N',
                'H' };
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(utf8(Samples.pbjHeader() + "\n"));
        file.write(utf8("015009,\""));
        file.write(name);
        String row = Samples.firstPbjRow();
        file.write(utf8("\"" + row.substring(row.indexOf("\",") + 1) + "\n"));
        LandedFile landed = landed("bronze/pbj/latin.csv", file.toByteArray());

        assertThat(landed.encoding()).isEqualTo("utf-8; 1 record(s) read as windows-1252");
        assertThat(column(landed, bronzeRows(landed).getFirst(), "provname")).isEqualTo("O\u2019BRIEN CARE \u2013 NH");
    }

    @Test
    void crlfLineEndings_blankLines_andQuotedLineBreaks_keepPhysicalLineNumbers() throws Exception {
        String row = Samples.firstPbjRow();
        String multiLine = row.replaceFirst("\"BURNS NURSING HOME, INC.\"", "\"BURNS\r\nNURSING\"");
        String content = Samples.pbjHeader() + "\r\n" + row + "\r\n\r\n" + multiLine + "\r\n" + row.replace("20240401",
                "20240402") + "\r\n";
        LandedFile file = landed("bronze/pbj/crlf.csv", utf8(content));

        List<String[]> rows = bronzeRows(file);
        assertThat(rows).extracting(r -> r[0]).containsExactly("2", "4", "6");
        assertThat(column(file, rows.get(1), "provname")).isEqualTo("BURNS  NURSING");
        assertThat(String.join("", rows.getFirst())).doesNotContain("\r");
        assertThat(file.notes()).containsExactly("1 blank line(s) skipped");
        assertThat(file.rowsIn()).isEqualTo(3);
    }

    @Test
    void recordsWithTheWrongNumberOfFieldsOrBrokenQuotes_areMarkedForQuarantine_withTheirRawText() throws Exception {
        String row = Samples.firstPbjRow();
        String content = Samples.pbjHeader() + "\n" + row + ",extra\n" + row.replaceFirst("\"BURNS NURSING HOME, INC.\"",
                "\"BURNS\" NURSING") + "\n" + row + "\n";
        LandedFile file = landed("bronze/pbj/bad-rows.csv", utf8(content));

        List<String[]> rows = bronzeRows(file);
        assertThat(file.rowsIn()).isEqualTo(3);
        assertThat(file.recordsWithIssues()).isEqualTo(2);
        assertThat(rows.get(0)[35]).isEqualTo("field_count_mismatch");
        assertThat(rows.get(0)[36]).isEqualTo(row.replace("\"BURNS NURSING HOME, INC.\"", "\"BURNS NURSING HOME, INC.\"")
                + ",extra");
        assertThat(rows.get(1)[35]).isEqualTo("malformed_quotes");
        assertThat(rows.get(2)[35]).isEmpty();
        assertThat(rows.get(2)[36]).isEmpty();
    }

    @Test
    void gzipCompressedUploads_areReadTransparently() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(Samples.read("PBJ_Daily_Nurse_Staffing_Q2_2024.csv"));
        }
        LandedFile file = landed("bronze/pbj/q2.csv.gz", gz.toByteArray());
        assertThat(file.compression()).isEqualTo("gzip");
        assertThat(file.rowsIn()).isEqualTo(91);
    }

    @Test
    void compressedBronzeRows_areGzip() throws Exception {
        store.putBytes("bronze/pbj/q.csv", Samples.read("PBJ_Daily_Nurse_Staffing_Q2_2024.csv"), Map.of());
        LandedFile file = ((LandingOutcome.Landed) new FileLander(store, true).land("bronze/pbj/q.csv")).file();
        assertThat(file.bronzeRowsKey()).endsWith("/rows.txt.gz");
        byte[] bytes = store.readAllBytes(file.bronzeRowsKey());
        assertThat(bytes[0]).isEqualTo((byte) 0x1f);
        assertThat(bytes[1]).isEqualTo((byte) 0x8b);
    }

    @Test
    void refusals_nameTheFileAndTheReason() throws Exception {
        String header = Samples.pbjHeader() + "\n";
        assertThat(refused("bronze/pbj/empty.csv", new byte[0]).reason()).isEqualTo(RefusalReason.EMPTY_FILE);
        assertThat(refused("bronze/pbj/blank.csv", utf8("\n\n")).reason()).isEqualTo(RefusalReason.EMPTY_FILE);
        assertThat(refused("bronze/pbj/header-only.csv", utf8(header)).reason()).isEqualTo(RefusalReason.NO_DATA_ROWS);
        assertThat(refused("bronze/pbj/binary.csv", new byte[] { 'P', 'R', 0, 1, 2, 3 }).reason())
                .isEqualTo(RefusalReason.BINARY_CONTENT);
        assertThat(refused("bronze/pbj/book.xlsx", new byte[] { 'P', 'K', 3, 4, 20, 0 }).reason())
                .isEqualTo(RefusalReason.ARCHIVE);
        assertThat(refused("bronze/pbj/doc.pdf", utf8("%PDF-1.7\n")).reason()).isEqualTo(RefusalReason.BINARY_CONTENT);
        assertThat(refused("bronze/pbj/utf16.csv", new byte[] { (byte) 0xFF, (byte) 0xFE, 'P', 0 }).reason())
                .isEqualTo(RefusalReason.UNSUPPORTED_ENCODING);
        LandingOutcome.Refused semicolons = refused("bronze/pbj/semi.csv",
                utf8(Samples.pbjHeader().replace(',', ';') + "\n1;2\n"));
        assertThat(semicolons.reason()).isEqualTo(RefusalReason.NOT_COMMA_SEPARATED);
        assertThat(semicolons.detail()).contains("';'");
        LandingOutcome.Refused unknown = refused("bronze/pbj/other.csv", utf8("name,amount\nx,1\n"));
        assertThat(unknown.reason()).isEqualTo(RefusalReason.UNKNOWN_DATASET);
        assertThat(unknown.detail()).contains("PBJ Daily Nurse Staffing").contains("name,amount");
        LandingOutcome.Refused mismatch = refused("bronze/provider_info/pbj.csv",
                Samples.read("PBJ_Daily_Nurse_Staffing_Q2_2024.csv"));
        assertThat(mismatch.reason()).isEqualTo(RefusalReason.DATASET_MISMATCH);
        assertThat(mismatch.detail()).contains("bronze/provider_info/").contains("PBJ Daily Nurse Staffing");
        LandingOutcome.Refused missing = refused("bronze/pbj/no-date.csv",
                utf8(Samples.pbjHeader().replace("WorkDate,", "") + "\n1\n"));
        assertThat(missing.reason()).isEqualTo(RefusalReason.MISSING_REQUIRED_COLUMNS);
        assertThat(missing.detail()).contains("workdate");
        LandingOutcome.Refused unterminated = refused("bronze/pbj/quote.csv",
                utf8(header + Samples.firstPbjRow() + "\n015009,\"BURNS NURSING,X\n"));
        assertThat(unterminated.reason()).isEqualTo(RefusalReason.UNTERMINATED_QUOTE);
        assertThat(unterminated.detail()).contains("line 3");
        assertThat(refused("bronze/unknown/x.csv", Samples.read("PBJ_Daily_Nurse_Staffing_Q2_2024.csv")).reason())
                .isEqualTo(RefusalReason.DATASET_MISMATCH);
        assertThat(refused("bronze/unrecognized/y.csv", new byte[] { 'x', 0, 0 }).reason())
                .isEqualTo(RefusalReason.BINARY_CONTENT);
    }

    @Test
    void aRefusedFile_isStillIdentified_soItIsNotRetriedUntilItChanges() throws Exception {
        LandingOutcome.Refused first = refused("bronze/pbj/empty-ish.csv", utf8(Samples.pbjHeader() + "\n"));
        assertThat(first.sha256()).hasSize(64);
        assertThat(first.fileId()).matches("[0-9a-f]{16}");
        assertThat(first.dataset()).contains(Dataset.PBJ_DAILY_NURSE_STAFFING);
    }

    @Test
    void sameKeyNewContent_getsANewFileId_sameContent_theSameOne() throws Exception {
        LandedFile a = landed("bronze/pbj/q.csv", Samples.read("PBJ_Daily_Nurse_Staffing_Q2_2024.csv"));
        LandedFile again = landed("bronze/pbj/q.csv", Samples.read("PBJ_Daily_Nurse_Staffing_Q2_2024.csv"));
        LandedFile changed = landed("bronze/pbj/q.csv", utf8(Samples.pbjHeader() + "\n" + Samples.firstPbjRow() + "\n"));
        assertThat(again.fileId()).isEqualTo(a.fileId());
        assertThat(changed.fileId()).isNotEqualTo(a.fileId());
    }

    @Test
    void detect_sortsFilesByHeader() throws Exception {
        assertThat(FileLander.detect(Files.newInputStream(Samples.path("ProviderInfo_2023_11_WV_excerpt.csv")), "x"))
                .isEqualTo(Dataset.PROVIDER_INFO);
        assertThat(FileLander.detect(Files.newInputStream(Samples.path("PBJ_Daily_Nurse_Staffing_Q2_2024.csv")), "x"))
                .isEqualTo(Dataset.PBJ_DAILY_NURSE_STAFFING);
        assertThat(FileLander.detect(new java.io.ByteArrayInputStream(utf8(
                "Measure Code,Measure Description,Data Collection Period From Date,Data Collection Period Through Date,"
                        + "Measure Date Range,Processing Date\nSTAFFING_LEVELS,Staffing,2024-04-01,2024-06-30,,2024-11-01\n")),
                "x")).isEqualTo(Dataset.DATA_COLLECTION_INTERVALS);
    }

    private static byte[] gzip(byte[] content) throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(content);
        }
        return gz.toByteArray();
    }

    @Test
    void aTruncatedOrCorruptGzip_isRefusedAsUnreadable_withItsCause_notAnException() throws Exception {
        byte[] whole = gzip(Samples.read("Payroll_Based_Journal_Daily_Nurse_Staffing_2023_Q2.csv"));
        LandingOutcome.Refused truncated = refused("bronze/pbj/cut.csv.gz", Arrays.copyOf(whole, whole.length / 2));
        assertThat(truncated.reason()).isEqualTo(RefusalReason.UNREADABLE);
        assertThat(truncated.detail()).contains("cannot be decompressed").contains("Unexpected end of ZLIB input stream");
        assertThat(truncated.sha256()).hasSize(64);

        byte[] corrupt = whole.clone();
        for (int i = 100; i < 140; i++) {
            corrupt[i] = (byte) 0xFF;
        }
        LandingOutcome.Refused garbled = refused("bronze/pbj/garbled.csv.gz", corrupt);
        assertThat(garbled.reason()).isEqualTo(RefusalReason.UNREADABLE);

        LandingOutcome.Refused headerOnly = refused("bronze/unrecognized/h.csv.gz", Arrays.copyOf(whole, 6));
        assertThat(headerOnly.reason()).isEqualTo(RefusalReason.UNREADABLE);
    }

    @Test
    void aRecordOverTheCap_isQuarantinedWithItsRawTextCut_andTheFileStillLands() throws Exception {
        String row = Samples.firstPbjRow();
        String megabyte = "x".repeat(1_000_000);
        String threeBigFields = row.replaceFirst("\"BURNS NURSING HOME, INC.\",RUSSELLVILLE,AL,Franklin",
                "\"" + megabyte + "\"," + megabyte + ",AL," + megabyte);
        String shortFields = "1,".repeat(25_000_000) + "1";
        String content = Samples.pbjHeader() + "\n" + row + "\n" + threeBigFields + "\n" + shortFields + "\n" + row
                .replace("20240401", "20240402") + "\n";
        LandedFile file = landed("bronze/pbj/long.csv", utf8(content));

        assertThat(file.rowsIn()).isEqualTo(4);
        assertThat(file.recordsWithIssues()).isEqualTo(2);
        byte[] rowsText = store.readAllBytes(file.bronzeRowsKey());
        List<String[]> rows = bronzeRows(file);
        assertThat(rows).extracting(r -> r[0]).containsExactly("2", "3", "4", "5");
        for (int i : new int[] { 1, 2 }) {
            assertThat(rows.get(i)[35]).isEqualTo("record_too_long");
            assertThat(rows.get(i)[36]).hasSizeLessThan(CsvRecord.MAX_RAW_TEXT_BYTES + 100).endsWith("bytes]");
            assertThat(Arrays.copyOfRange(rows.get(i), 1, 35)).allSatisfy(value -> assertThat(value).isEmpty());
        }
        assertThat(rows.get(3)[35]).isEmpty();
        assertThat(column(file, rows.get(3), "workdate")).isEqualTo("20240402");
        assertThat(new String(rowsText, StandardCharsets.UTF_8).lines().mapToInt(String::length).max().orElseThrow())
                .isLessThan(FileLander.MAX_BRONZE_ROW_BYTES);
    }

    @Test
    void nulBytesBeyondTheSniffedHead_quarantineTheirRecord_andNeverReachBronzeValues() throws Exception {
        StringBuilder content = new StringBuilder(Samples.pbjHeader()).append('\n');
        String row = Samples.firstPbjRow();
        while (content.length() < 100_000) {
            content.append(row).append('\n');
        }
        content.append(row.replace("BURNS NURSING", "BURNS\u0000NURSING")).append('\n');
        content.append(row.replace(",AL,", ",A\u0000,")).append('\n');
        LandedFile file = landed("bronze/pbj/nul.csv", utf8(content.toString()));

        List<String[]> rows = bronzeRows(file);
        assertThat(rows.subList(rows.size() - 2, rows.size())).allSatisfy(r -> {
            assertThat(r[35]).isEqualTo("nul_byte");
            assertThat(String.join("", r)).doesNotContain("\u0000");
        });
        assertThat(new String(store.readAllBytes(file.bronzeRowsKey()), StandardCharsets.UTF_8)).doesNotContain("\u0000");
    }

    @Test
    void aQuotedFieldOfSeveralMegabytes_stillMeansUnbalancedQuotes() throws Exception {
        String content = Samples.pbjHeader() + "\n" + Samples.firstPbjRow() + "\n015009,\"" + "y,".repeat(5_000_000)
                + "\"\n";
        assertThat(refused("bronze/pbj/unbalanced.csv", utf8(content)).reason()).isEqualTo(RefusalReason.FIELD_TOO_LONG);
    }

    @Test
    void everyHostileInput_landsOrIsRefusedWithItsReason_andNoBronzeRowExceedsTheEnginesLineLimit() throws Exception {
        for (org.nhlakehouse.core.testing.HostileInputs.Case hostile : org.nhlakehouse.core.testing.HostileInputs
                .all(true)) {
            String dataset = hostile.name().startsWith("pi-") ? "provider_info" : "pbj";
            String key = "bronze/" + dataset + "/corpus/" + hostile.name().replaceAll("[^A-Za-z0-9._-]", "_");
            store.putBytes(key, hostile.content(), Map.of());
            LandingOutcome outcome = lander.land(key);
            if (hostile.refusal() != null) {
                assertThat(outcome).as(hostile.name()).isInstanceOf(LandingOutcome.Refused.class);
                assertThat(((LandingOutcome.Refused) outcome).reason().code()).as(hostile.name())
                        .isEqualTo(hostile.refusal());
                continue;
            }
            assertThat(outcome).as(hostile.name()).isInstanceOf(LandingOutcome.Landed.class);
            LandedFile file = ((LandingOutcome.Landed) outcome).file();
            byte[] rows = store.readAllBytes(file.bronzeRowsKey());
            int lineStart = 0;
            for (int i = 0; i < rows.length; i++) {
                if (rows[i] == '\n') {
                    assertThat(i - lineStart).as(hostile.name()).isLessThan(FileLander.MAX_BRONZE_ROW_BYTES);
                    lineStart = i + 1;
                }
                assertThat(rows[i]).as(hostile.name()).isNotZero();
            }
        }
    }
}
