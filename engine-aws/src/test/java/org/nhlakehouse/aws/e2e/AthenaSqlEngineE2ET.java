package org.nhlakehouse.aws.e2e;

import org.junit.jupiter.api.AfterEach;
import org.nhlakehouse.aws.athena.AthenaSettings;
import org.nhlakehouse.aws.athena.AthenaSqlEngine;
import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.testing.AbstractSqlEngineContractTest;

/**
 * The SqlEngine contract against a real Athena workgroup. Opt-in: {@code ./mvnw -pl engine-aws -am verify -Pe2e} with
 * {@code NHL_E2E_ATHENA_WORKGROUP}, {@code NHL_E2E_ATHENA_DATABASE}, optionally {@code NHL_E2E_ATHENA_OUTPUT}
 * ({@code s3://...}, when the workgroup does not enforce its own) and {@code AWS_REGION}; AWS credentials from the
 * default chain. Skipped when the variables are absent. Costs a few cents of Athena scanning (no tables are read).
 *
 * <p>
 * The contract's DML test is left out: its portable {@code CREATE TABLE} is not Athena DDL (Athena needs an Iceberg
 * table with {@code TBLPROPERTIES ('table_type'='ICEBERG')} and a location).
 */
class AthenaSqlEngineE2ET extends AbstractSqlEngineContractTest {

    private AthenaSqlEngine engine;

    @Override
    protected SqlEngine engine() {
        AthenaSettings settings = AthenaSettings.of(E2eEnvironment.required("NHL_E2E_ATHENA_WORKGROUP"),
                E2eEnvironment.required("NHL_E2E_ATHENA_DATABASE"));
        settings = E2eEnvironment.variable("NHL_E2E_ATHENA_OUTPUT").map(settings::withOutputLocation).orElse(settings);
        engine = AthenaSqlEngine.create(E2eEnvironment.clientSettings(), settings);
        return engine;
    }

    @AfterEach
    void closeEngine() {
        if (engine != null) {
            engine.close();
        }
    }
}
