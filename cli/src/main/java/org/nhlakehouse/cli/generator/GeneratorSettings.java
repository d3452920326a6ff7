package org.nhlakehouse.cli.generator;

/**
 * What to generate. The same settings always give byte-identical files.
 *
 * @param facilities facilities in every quarter (CMS has about 14,500-15,000)
 * @param quarters consecutive quarters, from {@code start}
 * @param seed the random seed
 * @param start the first quarter
 * @param badRowRate share of rows made wrong on purpose, each with one reason the pipeline must quarantine it for
 */
public record GeneratorSettings(int facilities, int quarters, long seed, Quarter start, double badRowRate) {

    public static final int MAX_FACILITIES = 200_000;
    public static final int MAX_QUARTERS = 80;

    public GeneratorSettings {
        if (facilities < 1 || facilities > MAX_FACILITIES) {
            throw new IllegalArgumentException("--facilities must be between 1 and " + MAX_FACILITIES + ", got "
                    + facilities);
        }
        if (quarters < 1 || quarters > MAX_QUARTERS) {
            throw new IllegalArgumentException("--quarters must be between 1 and " + MAX_QUARTERS + ", got "
                    + quarters);
        }
        if (!(badRowRate >= 0 && badRowRate <= 0.5)) {
            throw new IllegalArgumentException("--bad-row-rate must be between 0 and 0.5, got " + badRowRate);
        }
        if (start == null) {
            throw new IllegalArgumentException("a start quarter is required");
        }
    }

    public Quarter quarter(int ordinal) {
        return start.plus(ordinal);
    }
}
