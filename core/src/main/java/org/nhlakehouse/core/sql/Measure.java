package org.nhlakehouse.core.sql;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A ratio measure, declared once on its {@code gold.fct_facility_quarter} column in {@code sql/tables/gold.yaml}
 * ({@code ratio: [numerator, denominator]}) and rendered by {@code {{ measure(name, alias) }}} into every model that
 * computes it: a facility's, a state's and the nation's value are the same formula over their own sums, so they
 * cannot drift apart.
 *
 * @param name the measure, e.g. {@code rn_hprd}
 * @param numerator the summed columns divided, e.g. {@code [rn_hours, lpn_hours]} for licensed HPRD
 * @param denominator the summed column divided by, e.g. {@code resident_days}
 */
public record Measure(String name, List<String> numerator, String denominator) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    public Measure {
        numerator = List.copyOf(numerator);
        if (numerator.isEmpty()) {
            throw new IllegalArgumentException("Measure " + name + " has no numerator");
        }
        for (String column : numerator) {
            requireIdentifier(name, column);
        }
        requireIdentifier(name, Objects.requireNonNull(denominator, "denominator"));
    }

    /**
     * Reads a declaration {@code ratio: [a + b, c]}: the sum of columns a and b divided by column c.
     */
    static Measure parse(String name, List<String> ratio) {
        if (ratio.size() != 2) {
            throw new IllegalArgumentException("Measure " + name + ": ratio takes [numerator, denominator], got "
                    + ratio);
        }
        return new Measure(name, List.of(ratio.get(0).split("\\s*\\+\\s*")), ratio.get(1).strip());
    }

    /**
     * The measure over the sums of the rows named {@code alias}, in SQL both engines read alike: a DOUBLE division
     * (the sums are exact DECIMALs or counts), NULL where the denominator is 0 (no resident-days, no hours).
     */
    public String sql(String alias) {
        requireIdentifier(name, alias);
        String sum = numerator.stream().map(column -> alias + "." + column).collect(Collectors.joining(" + "));
        return "cast(" + sum + " as double) / nullif(cast(" + alias + "." + denominator + " as double), 0)";
    }

    private static void requireIdentifier(String measure, String identifier) {
        if (!IDENTIFIER.matcher(identifier).matches()) {
            throw new IllegalArgumentException("Measure " + measure + ": not a column or alias: " + identifier);
        }
    }
}
