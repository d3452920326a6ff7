package org.nhlakehouse.aws.athena;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;

import org.nhlakehouse.core.engine.SqlType;

/**
 * Athena returns every value as text ({@code Datum.VarCharValue}) with the column's type in
 * {@code ResultSetMetadata.ColumnInfo.Type}; this turns the pair into the Java value the ports promise.
 */
final class AthenaValues {

    /** Athena writes timestamps as {@code 2024-04-01 12:30:00.000}, with 0 to 9 fractional digits. */
    private static final DateTimeFormatter TIMESTAMP = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart()
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private AthenaValues() {
    }

    static SqlType sqlType(String athenaType) {
        String type = baseType(athenaType);
        return switch (type) {
            case "varchar", "char", "string" -> SqlType.VARCHAR;
            case "tinyint", "smallint", "integer", "int", "bigint" -> SqlType.BIGINT;
            case "double", "float", "real" -> SqlType.DOUBLE;
            case "decimal" -> SqlType.DECIMAL;
            case "date" -> SqlType.DATE;
            case "timestamp" -> SqlType.TIMESTAMP;
            case "boolean" -> SqlType.BOOLEAN;
            default -> SqlType.OTHER;
        };
    }

    /**
     * The Java value of one datum: String, Long, Double, BigDecimal, LocalDate, LocalDateTime or Boolean; other types
     * (arrays, maps, rows, varbinary, time zones) stay text. A missing {@code VarCharValue} is SQL NULL.
     */
    static Object value(SqlType type, String text) {
        if (text == null) {
            return null;
        }
        return switch (type) {
            case VARCHAR, OTHER -> text;
            case BIGINT -> Long.parseLong(text);
            case DOUBLE -> Double.parseDouble(text);
            case DECIMAL -> new BigDecimal(text);
            case DATE -> LocalDate.parse(text);
            case TIMESTAMP -> LocalDateTime.parse(text, TIMESTAMP);
            case BOOLEAN -> Boolean.parseBoolean(text);
        };
    }

    /** "decimal(12,4)" -> "decimal", "varchar(10)" -> "varchar", "timestamp(3)" -> "timestamp". */
    private static String baseType(String athenaType) {
        if (athenaType == null) {
            return "";
        }
        String lower = athenaType.trim().toLowerCase(Locale.ROOT);
        int paren = lower.indexOf('(');
        return paren < 0 ? lower : lower.substring(0, paren).trim();
    }
}
