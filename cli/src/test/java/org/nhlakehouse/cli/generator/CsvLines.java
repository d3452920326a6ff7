package org.nhlakehouse.cli.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.nhlakehouse.core.testing.CsvFields;

/** Reads the generator's files back in tests: one record per line (they never break lines inside quotes). */
final class CsvLines {
    private CsvLines() {
    }

    /** Every line of a file without its line break; a byte-order mark stays on the first line. */
    static List<String> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /** Splits a line into fields (RFC 4180 quoting). */
    static List<String> fields(String line) {
        return CsvFields.split(line);
    }
}
