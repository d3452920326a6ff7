package org.nhlakehouse.trino;

import java.util.Optional;

import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.testing.AbstractSqlEngineContractTest;
import org.nhlakehouse.trino.testing.TrinoLakehouse;
import org.nhlakehouse.trino.testing.TrinoTest;

/** The behaviour every SqlEngine shares, on a real Trino server with Iceberg tables. */
@TrinoTest
class TrinoSqlEngineTest extends AbstractSqlEngineContractTest {

    private final TrinoLakehouse lakehouse;

    TrinoSqlEngineTest(TrinoLakehouse lakehouse) {
        this.lakehouse = lakehouse;
    }

    @Override
    protected SqlEngine engine() {
        return lakehouse.engine();
    }

    @Override
    protected Optional<String> scratchTable(String name) {
        lakehouse.createSchema("contract");
        return Optional.of("contract." + name);
    }
}
