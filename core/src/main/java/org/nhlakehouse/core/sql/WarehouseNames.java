package org.nhlakehouse.core.sql;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The actual names of the four logical schemas. Locally they are bronze, silver, gold and ops; on Athena they are Glue
 * databases named per stack (e.g. {@code nhl_prod_silver}).
 */
public record WarehouseNames(String bronze, String silver, String gold, String ops) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,127}");

    public WarehouseNames {
        for (String name : new String[] { bronze, silver, gold, ops }) {
            Objects.requireNonNull(name, "schema name");
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("Not a safe schema name: " + name);
            }
        }
    }

    public static WarehouseNames defaults() {
        return new WarehouseNames("bronze", "silver", "gold", "ops");
    }

    /** {@code <prefix>_bronze} etc., as the SAM template names the Glue databases. */
    public static WarehouseNames prefixed(String prefix) {
        return new WarehouseNames(prefix + "_bronze", prefix + "_silver", prefix + "_gold", prefix + "_ops");
    }

    /** The actual name of a logical schema (bronze, silver, gold or ops). */
    public String of(String logicalSchema) {
        return switch (logicalSchema) {
            case "bronze" -> bronze;
            case "silver" -> silver;
            case "gold" -> gold;
            case "ops" -> ops;
            default -> throw new IllegalArgumentException("No schema " + logicalSchema);
        };
    }

    public Map<String, String> asMap() {
        return Map.of("bronze", bronze, "silver", silver, "gold", gold, "ops", ops);
    }
}
