package org.nhlakehouse.core.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A typed value: a statement parameter, or a literal that the SQL renderer writes into a statement.
 *
 * <p>
 * {@link #toSqlLiteral()} is the form Athena's {@code ExecutionParameters} expect ("string values must be enclosed in
 * single quotes", dates as {@code DATE '2024-04-01'}); JDBC engines bind the Java value instead.
 */
public sealed interface SqlValue {

    SqlType type();

    /** The Java value that JDBC binds: String, Long, Double, BigDecimal, LocalDate, LocalDateTime, Boolean or null. */
    Object javaValue();

    /** This value as a SQL literal that is safe to place in a statement. */
    String toSqlLiteral();

    static SqlValue of(Object value) {
        return switch (value) {
            case null -> new Null(SqlType.VARCHAR);
            case SqlValue sqlValue -> sqlValue;
            case String s -> new Text(s);
            case Integer i -> new Int64(i);
            case Long l -> new Int64(l);
            case Double d -> new Float64(d);
            case BigDecimal d -> new Decimal(d);
            case LocalDate d -> new DateValue(d);
            case LocalDateTime t -> new TimestampValue(t);
            case Boolean b -> new Bool(b);
            default -> throw new IllegalArgumentException("No SQL type for " + value.getClass().getName());
        };
    }

    record Text(String value) implements SqlValue {
        public Text {
            Objects.requireNonNull(value, "value");
            if (value.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("A SQL text value cannot contain NUL characters");
            }
        }

        @Override
        public SqlType type() {
            return SqlType.VARCHAR;
        }

        @Override
        public Object javaValue() {
            return value;
        }

        @Override
        public String toSqlLiteral() {
            return "'" + value.replace("'", "''") + "'";
        }
    }

    record Int64(long value) implements SqlValue {
        @Override
        public SqlType type() {
            return SqlType.BIGINT;
        }

        @Override
        public Object javaValue() {
            return value;
        }

        @Override
        public String toSqlLiteral() {
            return Long.toString(value);
        }
    }

    record Float64(double value) implements SqlValue {
        public Float64 {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("A SQL double parameter must be finite, got " + value);
            }
        }

        @Override
        public SqlType type() {
            return SqlType.DOUBLE;
        }

        @Override
        public Object javaValue() {
            return value;
        }

        @Override
        public String toSqlLiteral() {
            return "DOUBLE '" + value + "'";
        }
    }

    record Decimal(BigDecimal value) implements SqlValue {
        public Decimal {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public SqlType type() {
            return SqlType.DECIMAL;
        }

        @Override
        public Object javaValue() {
            return value;
        }

        @Override
        public String toSqlLiteral() {
            return "DECIMAL '" + value.toPlainString() + "'";
        }
    }

    record DateValue(LocalDate value) implements SqlValue {
        public DateValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public SqlType type() {
            return SqlType.DATE;
        }

        @Override
        public Object javaValue() {
            return value;
        }

        @Override
        public String toSqlLiteral() {
            return "DATE '" + value + "'";
        }
    }

    record TimestampValue(LocalDateTime value) implements SqlValue {
        private static final DateTimeFormatter SQL_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

        public TimestampValue {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public SqlType type() {
            return SqlType.TIMESTAMP;
        }

        @Override
        public Object javaValue() {
            return value;
        }

        @Override
        public String toSqlLiteral() {
            return "TIMESTAMP '" + SQL_TIMESTAMP.format(value) + "'";
        }
    }

    record Bool(boolean value) implements SqlValue {
        @Override
        public SqlType type() {
            return SqlType.BOOLEAN;
        }

        @Override
        public Object javaValue() {
            return value;
        }

        @Override
        public String toSqlLiteral() {
            return value ? "TRUE" : "FALSE";
        }
    }

    /** A typed NULL, e.g. an optional filter that is not set. */
    record Null(SqlType type) implements SqlValue {
        public Null {
            Objects.requireNonNull(type, "type");
        }

        @Override
        public Object javaValue() {
            return null;
        }

        @Override
        public String toSqlLiteral() {
            return switch (type) {
                case VARCHAR -> "CAST(NULL AS varchar)";
                case BIGINT -> "CAST(NULL AS bigint)";
                case DOUBLE -> "CAST(NULL AS double)";
                case DECIMAL -> "CAST(NULL AS decimal(18,4))";
                case DATE -> "CAST(NULL AS date)";
                case TIMESTAMP -> "CAST(NULL AS timestamp)";
                case BOOLEAN -> "CAST(NULL AS boolean)";
                case OTHER -> "NULL";
            };
        }
    }
}
