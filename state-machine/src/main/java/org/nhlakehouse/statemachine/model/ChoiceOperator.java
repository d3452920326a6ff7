package org.nhlakehouse.statemachine.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The data-test comparison operators. Each one except StringMatches and the type tests also exists as a
 * {@code ...Path} variant whose operand is a path on the effective input; that is recorded on the
 * {@link ChoiceRule.Comparison}, not here.
 */
public enum ChoiceOperator {
    STRING_EQUALS("StringEquals", Operand.STRING, Relation.EQ),
    STRING_LESS_THAN("StringLessThan", Operand.STRING, Relation.LT),
    STRING_GREATER_THAN("StringGreaterThan", Operand.STRING, Relation.GT),
    STRING_LESS_THAN_EQUALS("StringLessThanEquals", Operand.STRING, Relation.LE),
    STRING_GREATER_THAN_EQUALS("StringGreaterThanEquals", Operand.STRING, Relation.GE),
    STRING_MATCHES("StringMatches", Operand.STRING, Relation.MATCHES),
    NUMERIC_EQUALS("NumericEquals", Operand.NUMBER, Relation.EQ),
    NUMERIC_LESS_THAN("NumericLessThan", Operand.NUMBER, Relation.LT),
    NUMERIC_GREATER_THAN("NumericGreaterThan", Operand.NUMBER, Relation.GT),
    NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Operand.NUMBER, Relation.LE),
    NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Operand.NUMBER, Relation.GE),
    BOOLEAN_EQUALS("BooleanEquals", Operand.BOOLEAN, Relation.EQ),
    TIMESTAMP_EQUALS("TimestampEquals", Operand.TIMESTAMP, Relation.EQ),
    TIMESTAMP_LESS_THAN("TimestampLessThan", Operand.TIMESTAMP, Relation.LT),
    TIMESTAMP_GREATER_THAN("TimestampGreaterThan", Operand.TIMESTAMP, Relation.GT),
    TIMESTAMP_LESS_THAN_EQUALS("TimestampLessThanEquals", Operand.TIMESTAMP, Relation.LE),
    TIMESTAMP_GREATER_THAN_EQUALS("TimestampGreaterThanEquals", Operand.TIMESTAMP, Relation.GE),
    IS_NULL("IsNull", Operand.TYPE_TEST, Relation.IS),
    IS_PRESENT("IsPresent", Operand.TYPE_TEST, Relation.IS),
    IS_NUMERIC("IsNumeric", Operand.TYPE_TEST, Relation.IS),
    IS_STRING("IsString", Operand.TYPE_TEST, Relation.IS),
    IS_BOOLEAN("IsBoolean", Operand.TYPE_TEST, Relation.IS),
    IS_TIMESTAMP("IsTimestamp", Operand.TYPE_TEST, Relation.IS);

    /** What the operator compares. TYPE_TEST operators take a boolean saying whether the test should hold. */
    public enum Operand {
        STRING,
        NUMBER,
        BOOLEAN,
        TIMESTAMP,
        TYPE_TEST
    }

    public enum Relation {
        EQ,
        LT,
        GT,
        LE,
        GE,
        MATCHES,
        IS
    }

    private final String fieldName;
    private final Operand operand;
    private final Relation relation;

    ChoiceOperator(String fieldName, Operand operand, Relation relation) {
        this.fieldName = fieldName;
        this.operand = operand;
        this.relation = relation;
    }

    /** The ASL field name, e.g. "NumericLessThan". */
    public String fieldName() {
        return fieldName;
    }

    public Operand operand() {
        return operand;
    }

    public Relation relation() {
        return relation;
    }

    /** Whether a {@code ...Path} variant exists (all but StringMatches and the type tests). */
    public boolean hasPathVariant() {
        return operand != Operand.TYPE_TEST && relation != Relation.MATCHES;
    }

    /** The operator named by an ASL field, with or without the "Path" suffix. */
    public static Optional<ChoiceOperator> byFieldName(String field) {
        String base = field.endsWith("Path") ? field.substring(0, field.length() - 4) : field;
        return Arrays.stream(values())
                .filter(op -> op.fieldName.equals(base) && (base.equals(field) || op.hasPathVariant()))
                .findFirst();
    }
}
