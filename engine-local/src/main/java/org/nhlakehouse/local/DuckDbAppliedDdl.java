package org.nhlakehouse.local;

import java.util.List;
import java.util.Optional;

import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.engine.SqlValue;
import org.nhlakehouse.core.pipeline.AppliedDdl;

/**
 * The applied DDL's fingerprint in the DuckDB database itself, table {@code <ops>.applied_ddl} (one row), so that it
 * goes with the tables it describes: a database deleted or replaced has no fingerprint and gets the whole DDL. On AWS
 * the DDL runs once per deployment (a CloudFormation custom resource), never per run, so it has no such record.
 */
public final class DuckDbAppliedDdl implements AppliedDdl {

    static final String TABLE = "applied_ddl";

    private final SqlEngine engine;
    private final String opsSchema;

    public DuckDbAppliedDdl(SqlEngine engine, String opsSchema) {
        if (!opsSchema.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a schema name: " + opsSchema);
        }
        this.engine = engine;
        this.opsSchema = opsSchema;
    }

    @Override
    public Optional<String> fingerprint() {
        List<List<Object>> exists = engine.execute(SqlStatement.of("select 1 from information_schema.tables "
                + "where table_schema = ? and table_name = ?", opsSchema, TABLE).withLabel("applied DDL?")).rows();
        if (exists.isEmpty()) {
            return Optional.empty();
        }
        return engine.execute(SqlStatement.of("select fingerprint from " + opsSchema + "." + TABLE)
                .withLabel("applied DDL")).rows().stream().map(row -> (String) row.getFirst()).findFirst();
    }

    @Override
    public void record(String fingerprint) {
        if (!fingerprint.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256 fingerprint: " + fingerprint);
        }
        // One statement: the old row is replaced atomically, never left empty or doubled.
        engine.execute(SqlStatement.of("create or replace table " + opsSchema + "." + TABLE + " as select "
                + new SqlValue.Text(fingerprint).toSqlLiteral() + " as fingerprint, current_timestamp as applied_at")
                .withLabel("record applied DDL"));
    }
}
