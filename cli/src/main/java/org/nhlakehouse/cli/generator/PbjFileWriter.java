package org.nhlakehouse.cli.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes one quarter's PBJ Daily Nurse Staffing file as CMS publishes it since 2024 (UTF-8 with a byte-order mark,
 * fields quoted only when they must be, LF line ends, one row per facility per day, facilities in roster order),
 * streaming: one facility-day in memory at a time. Rows made wrong on purpose are reported to a listener.
 */
final class PbjFileWriter {

    static final String HEADER = "PROVNUM,PROVNAME,CITY,STATE,COUNTY_NAME,COUNTY_FIPS,CY_Qtr,WorkDate,MDScensus,"
            + String.join(",", PbjDay.HOURS_COLUMNS);

    private static final PbjDefect[] DEFECTS = PbjDefect.values();

    private final long seed;
    private final double badRowRate;

    PbjFileWriter(long seed, double badRowRate) {
        this.seed = seed;
        this.badRowRate = badRowRate;
    }

    /** CMS's file name for a quarter, e.g. {@code PBJ_dailynursestaffing_CY2024Q2.csv}. */
    static String fileName(Quarter quarter) {
        return "PBJ_dailynursestaffing_CY" + quarter + ".csv";
    }

    /**
     * Writes the quarter.
     *
     * @param totals receives, per facility (by roster index), the rows the pipeline will keep
     * @return the number of data rows written
     */
    long write(OutputStream target, List<Facility> facilities, Quarter quarter, int quarterOrdinal,
            QuarterTotals[] totals, Consumer<ExpectedReject> rejects) throws IOException {
        String fileName = fileName(quarter);
        PbjDay day = new PbjDay();
        long line = 1;
        try (CsvOut csv = new CsvOut(target)) {
            csv.bytes(CsvOut.UTF8_BOM).text(HEADER).newline();
            for (Facility facility : facilities) {
                byte[] prefix = prefix(facility, quarter);
                StaffingModel model = new StaffingModel(facility, quarter, Rng.of(seed, 2, facility.index(),
                        quarterOrdinal));
                Rng defects = Rng.of(seed, 3, facility.index(), quarterOrdinal);
                QuarterTotals kept = totals[facility.index()] = new QuarterTotals();
                while (model.hasNext()) {
                    model.next(day);
                    if (badRowRate > 0 && defects.chance(badRowRate)) {
                        PbjDefect defect = DEFECTS[defects.nextInt(DEFECTS.length)];
                        DefectiveRow bad = defect.apply(fields(facility, quarter, day), day, defects);
                        csv.text(bad.line()).newline();
                        rejects.accept(new ExpectedReject(fileName, ++line, bad.reason()));
                        if (defect != PbjDefect.DUPLICATE_IN_FILE) {
                            continue;
                        }
                    }
                    writeRow(csv, prefix, day);
                    line++;
                    kept.add(day);
                }
            }
        }
        return line - 1;
    }

    private static void writeRow(CsvOut csv, byte[] prefix, PbjDay day) throws IOException {
        csv.bytes(prefix).compactDate(day.date.getYear(), day.date.getMonthValue(), day.date.getDayOfMonth()).comma()
                .integer(day.census);
        for (long hours : day.hundredths) {
            csv.comma().hundredths(hours);
        }
        csv.newline();
    }

    /** PROVNUM through CY_Qtr, the same on every row of a facility's quarter, with the trailing comma. */
    private static byte[] prefix(Facility facility, Quarter quarter) {
        StringBuilder prefix = new StringBuilder();
        for (String field : new String[] { facility.ccn(), facility.name(), facility.city(), facility.state().code(),
                facility.county().name(), facility.county().fips(), quarter.toString() }) {
            prefix.append(CsvOut.needsQuotes(field) ? '"' + field.replace("\"", "\"\"") + '"' : field).append(',');
        }
        return prefix.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String[] fields(Facility facility, Quarter quarter, PbjDay day) {
        String[] fields = new String[9 + day.hundredths.length];
        fields[0] = facility.ccn();
        fields[1] = facility.name();
        fields[2] = facility.city();
        fields[3] = facility.state().code();
        fields[4] = facility.county().name();
        fields[5] = facility.county().fips();
        fields[6] = quarter.toString();
        fields[7] = day.date.format(DateTimeFormatter.BASIC_ISO_DATE);
        fields[8] = Integer.toString(day.census);
        for (int i = 0; i < day.hundredths.length; i++) {
            fields[9 + i] = PbjDefect.format(day.hundredths[i]);
        }
        return fields;
    }
}
