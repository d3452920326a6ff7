package org.nhlakehouse.core.engine;

/** The SQL dialects that statements are rendered in; see {@link EngineKind#dialect()}. */
public enum SqlDialect {
    DUCKDB,
    ATHENA
}
