package org.nhlakehouse.core.engine;

/**
 * The engines the lakehouse runs on. Athena and Trino share one SQL dialect for queries and DML (Athena engine v3
 * is built on Trino); their DDL differs (Hive-style {@code TBLPROPERTIES} on Athena, {@code WITH (...)} on Trino).
 */
public enum EngineKind {
    /** The embedded engine of local mode. */
    DUCKDB(SqlDialect.DUCKDB),
    /** Amazon Athena engine v3 over Iceberg tables: the AWS scale-out path. */
    ATHENA(SqlDialect.ATHENA),
    /** A Trino cluster: runs the Athena form of every query byte for byte, with its own DDL. */
    TRINO(SqlDialect.ATHENA);

    private final SqlDialect dialect;

    EngineKind(SqlDialect dialect) {
        this.dialect = dialect;
    }

    /** The dialect that SELECT, INSERT and MERGE statements are rendered in for this engine. */
    public SqlDialect dialect() {
        return dialect;
    }
}
