package org.nhlakehouse.local;

import java.util.Locale;

import org.nhlakehouse.core.engine.SqlType;

/** Maps DuckDB type names (as JDBC metadata reports them) to the port's types. */
final class DuckDbTypes {
    private DuckDbTypes() {
    }

    static SqlType of(String duckDbTypeName) {
        String name = duckDbTypeName.toUpperCase(Locale.ROOT);
        if (name.startsWith("DECIMAL")) {
            return SqlType.DECIMAL;
        }
        if (name.startsWith("TIMESTAMP")) {
            return SqlType.TIMESTAMP;
        }
        return switch (name) {
            case "VARCHAR", "CHAR", "BPCHAR", "TEXT", "STRING", "UUID" -> SqlType.VARCHAR;
            case "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT" ->
                SqlType.BIGINT;
            case "FLOAT", "REAL", "DOUBLE" -> SqlType.DOUBLE;
            case "DATE" -> SqlType.DATE;
            case "BOOLEAN" -> SqlType.BOOLEAN;
            default -> SqlType.OTHER;
        };
    }
}
