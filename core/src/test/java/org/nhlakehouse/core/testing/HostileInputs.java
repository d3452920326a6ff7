package org.nhlakehouse.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * A corpus of hostile inputs, generated from the real CMS samples: each a whole file that is broken in one way, and
 * what the pipeline must make of it: the whole file refused with a reason, or each of its bad rows rejected with one.
 * Every row of a landed file is either kept or rejected, so tests can check conservation on every case.
 */
public final class HostileInputs {

    /**
     * @param name the file name to drop into the input folder
     * @param content the file's bytes
     * @param refusal the refusal reason when the whole file must be refused, else null
     * @param rejectReason the reason every bad row must be rejected with (the file's other rows are kept), else null
     * @param badRows how many rows must be rejected with {@code rejectReason}
     */
    public record Case(String name, byte[] content, String refusal, String rejectReason, int badRows) {
        @Override
        public String toString() {
            return name;
        }
    }

    private HostileInputs() {
    }

    private static final String HEADER = Samples.pbjHeader();
    private static final String ROW = Samples.firstPbjRow();

    /** The real first PBJ row with one field (0-based, in header order) replaced. */
    public static String pbjRow(int field, String value) {
        List<String> fields = splitRow(ROW);
        fields.set(field, value);
        return String.join(",", fields);
    }

    private static List<String> splitRow(String row) {
        // The real row quotes only the provider name, which holds a comma.
        String name = row.substring(row.indexOf('"'), row.indexOf('"', row.indexOf('"') + 1) + 1);
        List<String> fields = new ArrayList<>(Arrays.asList(row.replace(name, "NAME").split(",", -1)));
        fields.set(fields.indexOf("NAME"), name);
        return fields;
    }

    private static int column(String name) {
        int index = Arrays.asList(HEADER.split(",")).indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no PBJ column " + name);
        }
        return index;
    }

    /** A PBJ file: the real row (kept), then the bad row. */
    private static Case pbjRowCase(String name, String badRow, String reason) {
        return new Case(name, utf8(HEADER + "\n" + ROW + "\n" + badRow + "\n"), null, reason, 1);
    }

    private static Case pbjField(String name, String column, String value, String reason) {
        return pbjRowCase(name, pbjRow(column(column), value), reason);
    }

    private static Case refused(String name, byte[] content, String reason) {
        return new Case(name, content, reason, null, 0);
    }

    /** Every case; {@code big} adds the slow ones (tens of megabytes). */
    public static List<Case> all(boolean big) {
        List<Case> cases = new ArrayList<>();
        byte[] realPbj = Samples.read("PBJ_Daily_Nurse_Staffing_Q2_2024.csv");
        byte[] gz = gzip(realPbj);
        // Whole files that cannot be read.
        cases.add(refused("empty.csv", new byte[0], "empty_file"));
        cases.add(refused("blank-lines.csv", utf8("\n\r\n\n"), "empty_file"));
        cases.add(refused("header-only.csv", utf8(HEADER + "\n"), "no_data_rows"));
        cases.add(refused("binary.csv", new byte[] { 'P', 'R', 0, 1, 2, 3, (byte) 0xFF }, "binary_content"));
        cases.add(refused("workbook.xlsx", new byte[] { 'P', 'K', 3, 4, 20, 0, 0, 0 }, "archive"));
        cases.add(refused("report.pdf", utf8("%PDF-1.7\n%\u00e2\u00e3\n"), "binary_content"));
        cases.add(refused("utf16.csv", utf16(HEADER + "\n" + ROW + "\n"), "unsupported_encoding"));
        cases.add(refused("semicolons.csv", utf8(HEADER.replace(',', ';') + "\n" + ROW.replace(',', ';') + "\n"),
                "not_comma_separated"));
        cases.add(refused("tabs.csv", utf8(HEADER.replace(',', '\t') + "\n" + ROW + "\n"), "not_comma_separated"));
        cases.add(refused("other-dataset.csv", utf8("name,amount\nx,1\n"), "unknown_dataset"));
        cases.add(refused("no-workdate.csv", utf8(HEADER.replace("WorkDate,", "") + "\n" + ROW + "\n"),
                "missing_required_columns"));
        cases.add(refused("unterminated.csv", utf8(HEADER + "\n" + ROW + "\n015009,\"BURNS NURSING,X\n"),
                "unterminated_quote"));
        cases.add(refused("truncated.csv.gz", Arrays.copyOf(gz, gz.length / 2), "unreadable"));
        cases.add(refused("gzip-header-only.csv.gz", Arrays.copyOf(gz, 10), "unreadable"));
        byte[] garbled = gz.clone();
        Arrays.fill(garbled, 40, 80, (byte) 0x5A);
        cases.add(refused("garbled.csv.gz", garbled, "unreadable"));
        cases.add(refused("nul-in-head.csv", utf8(HEADER + "\n" + ROW.replace("BURNS", "BU\u0000RNS") + "\n"),
                "binary_content"));

        // Records the parser quarantines.
        cases.add(pbjRowCase("extra-field.csv", ROW + ",extra", "field_count_mismatch"));
        cases.add(pbjRowCase("missing-field.csv", ROW.substring(0, ROW.lastIndexOf(',')), "field_count_mismatch"));
        cases.add(pbjRowCase("stray-quote.csv", ROW.replace("\"BURNS NURSING HOME, INC.\"", "\"BURNS\" NURSING"),
                "malformed_quotes"));
        cases.add(pbjRowCase("thousand-fields.csv", ROW + ",1".repeat(2_000), "record_too_long"));
        String megabyte = "x".repeat(1_000_000);
        cases.add(pbjRowCase("three-megabyte-fields.csv", pbjRow(column("PROVNAME"), "\"" + megabyte + "\"")
                .replace(",RUSSELLVILLE,", "," + megabyte + ",").replace(",Franklin,", "," + megabyte + ","),
                "record_too_long"));
        StringBuilder padded = new StringBuilder(HEADER).append('\n');
        for (int n = 0; padded.length() < 70_000; n++) {
            padded.append(pbjRow(column("PROVNUM"), String.format("02%04d", n))).append('\n');
        }
        padded.append(ROW.replace("BURNS", "BU\u0000RNS")).append('\n');
        cases.add(new Case("nul-after-64k.csv", utf8(padded.toString()), null, "nul_byte", 1));
        // Values the typing step rejects.
        cases.add(pbjField("ccn-malformed.csv", "PROVNUM", "01-009", "ccn_malformed"));
        cases.add(pbjField("ccn-missing.csv", "PROVNUM", "", "ccn_missing"));
        cases.add(pbjField("state-malformed.csv", "STATE", "Alabama", "state_malformed"));
        cases.add(pbjField("state-unknown.csv", "STATE", "XX", "state_unknown"));
        cases.add(pbjField("state-zz.csv", "STATE", "ZZ", "state_unknown"));
        cases.add(pbjField("workdate-missing.csv", "WorkDate", "", "workdate_missing"));
        cases.add(pbjField("workdate-unparseable.csv", "WorkDate", "2024-04-01", "workdate_unparseable"));
        cases.add(pbjField("workdate-impossible.csv", "WorkDate", "20240231", "workdate_unparseable"));
        cases.add(pbjField("workdate-outside-quarter.csv", "WorkDate", "20240315", "workdate_outside_quarter"));
        cases.add(pbjField("cy-qtr-blank.csv", "CY_Qtr", "", "cy_qtr_missing"));
        cases.add(pbjRowCase("cy-qtr-blank-other-quarter.csv", pbjRow(column("CY_Qtr"), "").replace("20240401",
                "20240115"), "cy_qtr_missing"));
        cases.add(pbjField("cy-qtr-malformed.csv", "CY_Qtr", "2024Q5", "cy_qtr_malformed"));
        cases.add(pbjField("cy-qtr-words.csv", "CY_Qtr", "second quarter", "cy_qtr_malformed"));
        cases.add(pbjField("census-missing.csv", "MDScensus", "", "census_missing"));
        cases.add(pbjField("census-negative.csv", "MDScensus", "-3", "census_negative"));
        cases.add(pbjField("census-fraction.csv", "MDScensus", "41.5", "census_non_numeric"));
        cases.add(pbjField("census-huge.csv", "MDScensus", "100000000000000000000", "census_out_of_range"));
        cases.add(pbjField("hours-negative.csv", "Hrs_RN", "-1", "hours_negative:Hrs_RN"));
        cases.add(pbjField("hours-text.csv", "Hrs_RN_emp", "eight", "hours_non_numeric:Hrs_RN_emp"));
        cases.add(pbjField("hours-precision.csv", "Hrs_CNA", "1.123456", "hours_precision:Hrs_CNA"));
        cases.add(pbjField("hours-missing.csv", "Hrs_LPN", "", "hours_missing:Hrs_LPN"));
        cases.add(pbjField("hours-formula.csv", "Hrs_RN", "=1+1", "hours_non_numeric:Hrs_RN"));
        cases.add(pbjField("hours-nine-digits.csv", "Hrs_RN", "123456789", "hours_out_of_range:Hrs_RN"));
        cases.add(pbjField("hours-huge-contract.csv", "Hrs_CNA_ctr", "99999999999", "hours_out_of_range:Hrs_CNA_ctr"));
        String maxHours = "99999999.9999";
        String absurd = pbjRow(column("MDScensus"), "1");
        for (String hours : List.of("Hrs_RN", "Hrs_RN_emp", "Hrs_CNA", "Hrs_CNA_emp", "Hrs_LPN", "Hrs_LPN_emp")) {
            List<String> fields = splitRow(absurd);
            fields.set(column(hours), maxHours);
            absurd = String.join(",", fields);
        }
        cases.add(new Case("hours-largest-kept-census-1.csv", utf8(HEADER + "\n" + absurd.replace("20240401",
                "20240403") + "\n"), null, null, 0));
        cases.add(pbjField("hours-inconsistent.csv", "Hrs_CNA_emp", "1", "hours_inconsistent:Hrs_CNA"));
        cases.add(new Case("duplicate-rows.csv", utf8(HEADER + "\n" + ROW + "\n" + ROW + "\n" + ROW + "\n"), null,
                "duplicate_in_file", 2));
        // Odd but valid: kept whole.
        cases.add(new Case("formula-name.csv", utf8(HEADER + "\n" + pbjRow(column("PROVNAME"),
                "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"") + "\n"), null, null, 0));
        cases.add(new Case("control-chars.csv", utf8(HEADER + "\n" + pbjRow(column("PROVNAME"), "\"A\u0001B\r\nC\"")
                + "\n"), null, null, 0));
        cases.add(new Case("old-mac-cr.csv", utf8(HEADER + "\r" + ROW + "\r"), null, null, 0));
        cases.add(new Case("windows-1252.csv", windows1252(HEADER + "\n" + pbjRow(column("PROVNAME"),
                "\"O\u2019BRIEN \u2013 CARE\"") + "\n"), null, null, 0));
        cases.add(new Case("name with spaces & symbols;.csv", utf8(HEADER + "\n" + ROW + "\n"), null, null, 0));

        // Provider Info releases.
        cases.add(providerInfo("pi-processing-date-future.csv", "Processing Date", "2099-01-01",
                "processing_date_out_of_range"));
        cases.add(providerInfo("pi-processing-date-ancient.csv", "Processing Date", "1900-01-01",
                "processing_date_out_of_range"));
        cases.add(providerInfo("pi-processing-date-bad.csv", "Processing Date", "11/01/2024",
                "processing_date_unparseable"));
        cases.add(providerInfo("pi-beds-huge.csv", "Number of Certified Beds", "100000000000000000000000",
                "number_out_of_range:Number of Certified Beds"));
        cases.add(providerInfo("pi-hprd-huge.csv", "Reported Total Nurse Staffing Hours per Resident per Day",
                "123456789.5", "number_out_of_range:Reported Total Nurse Staffing Hours per Resident per Day"));
        cases.add(providerInfo("pi-state-unknown.csv", "State", "XX", "state_unknown"));
        // Some of them again, gzip-compressed: the same outcome.
        List<String> compressed = List.of("extra-field.csv", "nul-after-64k.csv", "state-unknown.csv",
                "cy-qtr-blank.csv", "hours-nine-digits.csv", "header-only.csv");
        for (Case c : List.copyOf(cases)) {
            if (compressed.contains(c.name())) {
                cases.add(new Case(c.name() + ".gz", gzip(c.content()), c.refusal(), c.rejectReason(), c.badRows()));
            }
        }
        if (big) {
            cases.add(pbjRowCase("fifty-megabyte-line.csv", "1,".repeat(25_000_000) + "1", "record_too_long"));
        }
        return cases;
    }

    /** The real AL Provider Info excerpt with its first row's column changed. */
    private static Case providerInfo(String name, String column, String value, String reason) {
        String[] lines = new String(Samples.read("ProviderInfo_2024_12_AL_excerpt.csv"), StandardCharsets.UTF_8)
                .split("\r?\n");
        List<String> header = CsvFields.split(lines[0].replace("\uFEFF", ""));
        int index = header.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("no Provider Info column " + column);
        }
        List<String> first = CsvFields.split(lines[1]);
        first.set(index, value);
        StringBuilder file = new StringBuilder(lines[0]).append('\n').append(toCsv(first)).append('\n');
        return new Case(name, utf8(file.toString()), null, reason, 1);
    }

    private static String toCsv(List<String> fields) {
        return String.join(",", fields.stream().map(f -> "\"" + f.replace("\"", "\"\"") + "\"").toList());
    }

    public static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf16(String text) {
        return text.getBytes(StandardCharsets.UTF_16);
    }

    private static byte[] windows1252(String text) {
        return text.getBytes(java.nio.charset.Charset.forName("windows-1252"));
    }
}
