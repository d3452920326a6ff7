package org.nhlakehouse.trino;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.nhlakehouse.core.engine.ResultColumn;
import org.nhlakehouse.core.engine.SqlType;
import org.nhlakehouse.core.engine.SqlValue;

/**
 * Converts between the engine's typed values and Trino's, as the {@code ResultPage} contract says: every integer type
 * is a {@code Long}, {@code real} and {@code double} a {@code Double}, {@code decimal} a {@code BigDecimal},
 * {@code date} a {@code LocalDate}, {@code timestamp} a {@code LocalDateTime} ({@code timestamp with time zone} at UTC),
 * {@code boolean} a {@code Boolean}, {@code varchar}/{@code char} a {@code String}. Other types (arrays, maps, rows,
 * JSON, varbinary, time, intervals) come as their text, typed {@link SqlType#OTHER}.
 */
final class TrinoValues {

    private TrinoValues() {
    }

    static void bind(PreparedStatement statement, List<SqlValue> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            SqlValue value = parameters.get(i);
            int index = i + 1;
            switch (value) {
                case SqlValue.Null nullValue -> statement.setNull(index, jdbcType(nullValue.type()));
                case SqlValue.Text text -> statement.setString(index, text.value());
                case SqlValue.Int64 int64 -> statement.setLong(index, int64.value());
                case SqlValue.Float64 float64 -> statement.setDouble(index, float64.value());
                case SqlValue.Decimal decimal -> statement.setBigDecimal(index, decimal.value());
                case SqlValue.Bool bool -> statement.setBoolean(index, bool.value());
                default -> statement.setObject(index, value.javaValue());
            }
        }
    }

    static List<ResultColumn> columns(ResultSetMetaData metadata) throws SQLException {
        List<ResultColumn> columns = new ArrayList<>(metadata.getColumnCount());
        for (int i = 1; i <= metadata.getColumnCount(); i++) {
            columns.add(new ResultColumn(metadata.getColumnLabel(i), sqlType(metadata.getColumnTypeName(i))));
        }
        return columns;
    }

    /** The current row of {@code resultSet}, converted per {@code columns}. */
    static List<Object> row(ResultSet resultSet, ResultSetMetaData metadata, List<ResultColumn> columns)
            throws SQLException {
        List<Object> row = new ArrayList<>(columns.size());
        for (int i = 1; i <= columns.size(); i++) {
            row.add(value(resultSet, i, metadata.getColumnTypeName(i)));
        }
        // A row may hold nulls, which List.copyOf rejects; the page keeps it as an unmodifiable view.
        return Collections.unmodifiableList(row);
    }

    static SqlType sqlType(String trinoType) {
        String type = baseType(trinoType);
        return switch (type) {
            case "tinyint", "smallint", "integer", "bigint" -> SqlType.BIGINT;
            case "real", "double" -> SqlType.DOUBLE;
            case "decimal" -> SqlType.DECIMAL;
            case "varchar", "char" -> SqlType.VARCHAR;
            case "boolean" -> SqlType.BOOLEAN;
            case "date" -> SqlType.DATE;
            case "timestamp", "timestamp with time zone" -> SqlType.TIMESTAMP;
            default -> SqlType.OTHER;
        };
    }

    private static Object value(ResultSet resultSet, int index, String trinoType) throws SQLException {
        Object value = switch (baseType(trinoType)) {
            case "tinyint", "smallint", "integer", "bigint" -> resultSet.getLong(index);
            // Through its decimal text, so REAL 1.1 reads as 1.1 and not as 1.100000023841858.
            case "real" -> Double.valueOf(Float.toString(resultSet.getFloat(index)));
            case "double" -> resultSet.getDouble(index);
            case "decimal" -> resultSet.getBigDecimal(index);
            case "varchar", "char" -> resultSet.getString(index);
            case "boolean" -> resultSet.getBoolean(index);
            case "date" -> resultSet.getObject(index, LocalDate.class);
            case "timestamp" -> resultSet.getObject(index, LocalDateTime.class);
            case "timestamp with time zone" -> {
                ZonedDateTime zoned = resultSet.getObject(index, ZonedDateTime.class);
                yield zoned == null ? null : zoned.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
            default -> text(resultSet.getObject(index));
        };
        return resultSet.wasNull() ? null : value;
    }

    private static String text(Object value) throws SQLException {
        return switch (value) {
            case null -> null;
            case byte[] bytes -> HexFormat.of().formatHex(bytes);
            case Array array -> Arrays.deepToString((Object[]) array.getArray());
            default -> value.toString();
        };
    }

    /** {@code decimal(12,4)} is {@code decimal}; {@code timestamp(3) with time zone} is {@code timestamp with time zone}. */
    static String baseType(String trinoType) {
        String type = trinoType.toLowerCase(Locale.ROOT).trim();
        for (String temporal : List.of("timestamp", "time")) {
            if (type.startsWith(temporal)) {
                return type.endsWith("with time zone") ? temporal + " with time zone" : temporal;
            }
        }
        int parameters = type.indexOf('(');
        return parameters < 0 ? type : type.substring(0, parameters).trim();
    }

    private static int jdbcType(SqlType type) {
        return switch (type) {
            case VARCHAR -> Types.VARCHAR;
            case BIGINT -> Types.BIGINT;
            case DOUBLE -> Types.DOUBLE;
            case DECIMAL -> Types.DECIMAL;
            case DATE -> Types.DATE;
            case TIMESTAMP -> Types.TIMESTAMP;
            case BOOLEAN -> Types.BOOLEAN;
            case OTHER -> Types.NULL;
        };
    }
}
