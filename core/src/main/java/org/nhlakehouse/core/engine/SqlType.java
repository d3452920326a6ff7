package org.nhlakehouse.core.engine;

/** Column and parameter types, as far as the lakehouse needs to tell them apart. */
public enum SqlType {
    VARCHAR,
    BIGINT,
    DOUBLE,
    DECIMAL,
    DATE,
    TIMESTAMP,
    BOOLEAN,
    OTHER
}
