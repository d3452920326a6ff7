package org.nhlakehouse.cli.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes one Provider Info release, {@code NH_ProviderInfo_<Mon><YYYY>.csv}, as CMS publishes it: the Nov-2024 header
 * (103 columns, every name quoted), no byte-order mark, and CMS's quoting habit of always quoting the CCN, name,
 * address, city, state, ZIP, telephone, county codes, the in-hospital flag and the legal business name, and other
 * fields only when they must be.
 */
final class ProviderInfoFileWriter {

    static final String HEADER = loadHeader();
    private static final boolean[] ALWAYS_QUOTED = alwaysQuoted();
    private static final ProviderInfoDefect[] DEFECTS = ProviderInfoDefect.values();

    private final long seed;
    private final double badRowRate;

    ProviderInfoFileWriter(long seed, double badRowRate) {
        this.seed = seed;
        this.badRowRate = badRowRate;
    }

    static String fileName(LocalDate processingDate) {
        return "NH_ProviderInfo_" + Quarter.releaseSuffix(processingDate) + ".csv";
    }

    /** Writes the release; returns the number of data rows. */
    long write(OutputStream target, List<Facility> facilities, LocalDate processingDate, int quarterOrdinal,
            QuarterTotals[] staffing, Consumer<ExpectedReject> rejects) throws IOException {
        String fileName = fileName(processingDate);
        long line = 1;
        try (CsvOut csv = new CsvOut(target)) {
            csv.text(HEADER).newline();
            for (Facility facility : facilities) {
                Rng rng = Rng.of(seed, 4, facility.index(), quarterOrdinal);
                String[] fields = ProviderInfoRow.fields(facility, staffing[facility.index()], processingDate, rng);
                Rng defects = Rng.of(seed, 5, facility.index(), quarterOrdinal);
                if (badRowRate > 0 && defects.chance(badRowRate)) {
                    ProviderInfoDefect defect = DEFECTS[defects.nextInt(DEFECTS.length)];
                    DefectiveRow bad = defect.apply(defect == ProviderInfoDefect.DUPLICATE_IN_FILE ? fields
                            : fields.clone(), defects, ProviderInfoFileWriter::line);
                    csv.text(bad.line()).newline();
                    rejects.accept(new ExpectedReject(fileName, ++line, bad.reason()));
                    if (defect != ProviderInfoDefect.DUPLICATE_IN_FILE) {
                        continue;
                    }
                }
                csv.text(line(fields)).newline();
                line++;
            }
        }
        return line - 1;
    }

    static String line(String[] fields) {
        StringBuilder line = new StringBuilder(700);
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String value = fields[i];
            if (ALWAYS_QUOTED[i] || CsvOut.needsQuotes(value)) {
                line.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                line.append(value);
            }
        }
        return line.toString();
    }

    private static boolean[] alwaysQuoted() {
        boolean[] quoted = new boolean[ProviderInfoRow.COLUMNS];
        for (int column : new int[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 14, 15 }) {
            quoted[column] = true;
        }
        return quoted;
    }

    private static String loadHeader() {
        try (InputStream in = ProviderInfoFileWriter.class.getResourceAsStream("provider_info_header.csv")) {
            if (in == null) {
                throw new IllegalStateException("missing resource provider_info_header.csv");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
