package org.nhlakehouse.cli.generator;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The ways a generated Provider Info row is made wrong on purpose, each with the reason the pipeline must quarantine
 * it under (sql/silver/stg_provider_info.sql, and FileLander for the structural one). Each breaks exactly one thing.
 */
enum ProviderInfoDefect {
    CCN_MALFORMED,
    STATE_MALFORMED,
    PROCESSING_DATE_UNPARSEABLE,
    NUMBER_NON_NUMERIC,
    NUMBER_NOT_WHOLE,
    RATING_OUT_OF_RANGE,
    DUPLICATE_IN_FILE,
    FIELD_COUNT_MISMATCH;

    /**
     * Breaks a row (changing {@code fields} in place) and returns its line, written as {@code line} writes rows, and
     * its reason.
     */
    DefectiveRow apply(String[] fields, Rng rng, Function<String[], String> line) {
        return switch (this) {
            case CCN_MALFORMED -> {
                fields[ProviderInfoRow.CCN] = fields[ProviderInfoRow.CCN].substring(1) + "-";
                yield new DefectiveRow(line.apply(fields), "ccn_malformed");
            }
            case STATE_MALFORMED -> {
                fields[ProviderInfoRow.STATE] = rng.pick(List.of("", "A1", "ALA"));
                yield new DefectiveRow(line.apply(fields), "state_malformed");
            }
            case PROCESSING_DATE_UNPARSEABLE -> {
                String iso = fields[ProviderInfoRow.PROCESSING_DATE];
                fields[ProviderInfoRow.PROCESSING_DATE] = iso.substring(5, 7) + "/" + iso.substring(8) + "/"
                        + iso.substring(0, 4);
                yield new DefectiveRow(line.apply(fields), "processing_date_unparseable");
            }
            case NUMBER_NON_NUMERIC -> {
                fields[ProviderInfoRow.BEDS] = rng.pick(List.of("N/A", "1OO", "sixty"));
                yield new DefectiveRow(line.apply(fields), "number_non_numeric:Number of Certified Beds");
            }
            case NUMBER_NOT_WHOLE -> {
                fields[ProviderInfoRow.BEDS] = fields[ProviderInfoRow.BEDS] + ".5";
                yield new DefectiveRow(line.apply(fields), "number_not_whole:Number of Certified Beds");
            }
            case RATING_OUT_OF_RANGE -> {
                fields[ProviderInfoRow.OVERALL_RATING] = rng.pick(List.of("0", "6", "9"));
                yield new DefectiveRow(line.apply(fields), "rating_out_of_range:Overall Rating");
            }
            // An earlier copy of the row: the file's last row for the facility is the one kept.
            case DUPLICATE_IN_FILE -> new DefectiveRow(line.apply(fields), "duplicate_in_file");
            case FIELD_COUNT_MISMATCH -> new DefectiveRow(
                    line.apply(Arrays.copyOf(fields, fields.length - 1 - rng.nextInt(3))), "field_count_mismatch");
        };
    }
}
