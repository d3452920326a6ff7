package org.nhlakehouse.cli.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Writes the Data Collection Intervals file of a release, {@code NH_DataCollectionIntervals_<Mon><YYYY>.csv}: the row
 * {@code STAFFING_LEVELS} says which PBJ quarter the release's staffing measures come from (CMS Nursing Home Data
 * Dictionary, Jan 2024, Table 4), and {@code STAFFING_TURNOVER} the six quarters turnover is computed over.
 */
final class CollectionIntervalsWriter {

    static final String HEADER = "Measure Code,Measure Description,Data Collection Period From Date,"
            + "Data Collection Period Through Date,Measure Date Range,Processing Date";
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private CollectionIntervalsWriter() {
    }

    static String fileName(LocalDate processingDate) {
        return "NH_DataCollectionIntervals_" + Quarter.releaseSuffix(processingDate) + ".csv";
    }

    /** Writes the file; returns the number of data rows. */
    static long write(OutputStream target, Quarter staffingQuarter, LocalDate processingDate) throws IOException {
        try (CsvOut csv = new CsvOut(target)) {
            csv.text(HEADER).newline();
            row(csv, "STAFFING_LEVELS", "Staffing levels (PBJ)", staffingQuarter.firstDay(), staffingQuarter.lastDay(),
                    processingDate);
            row(csv, "STAFFING_TURNOVER", "Staff turnover (PBJ)", staffingQuarter.plus(-5).firstDay(),
                    staffingQuarter.lastDay(), processingDate);
        }
        return 2;
    }

    private static void row(CsvOut csv, String code, String description, LocalDate from, LocalDate through,
            LocalDate processingDate) throws IOException {
        csv.field(code).comma().field(description).comma().field(from.toString()).comma().field(through.toString())
                .comma().field(from.format(US_DATE) + "-" + through.format(US_DATE)).comma()
                .field(processingDate.toString()).newline();
    }
}
