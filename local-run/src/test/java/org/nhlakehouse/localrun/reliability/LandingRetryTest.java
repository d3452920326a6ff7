package org.nhlakehouse.localrun.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.engine.EngineKind;
import org.nhlakehouse.core.engine.QueryHandle;
import org.nhlakehouse.core.engine.QueryStatus;
import org.nhlakehouse.core.engine.ResultPage;
import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.engine.SqlExecutionException;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.pipeline.Warehouse;
import org.nhlakehouse.core.tasks.Notifier;
import org.nhlakehouse.core.tasks.PipelineServices;
import org.nhlakehouse.core.tasks.PipelineTask;
import org.nhlakehouse.core.tasks.RetryableSqlStepException;
import org.nhlakehouse.core.testing.Samples;
import org.nhlakehouse.localrun.LocalLakehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Two files of one dataset landing at once both re-point DuckDB's Bronze view, and one of them can meet a write-write
 * conflict, which the state machine retries. The retry must land the file, not find it known with its rows
 * unregistered: CI once saw a generated PBJ quarter reported "known" by its own run this way.
 */
class LandingRetryTest {

    private static final String KEY = "bronze/pbj/v1/PBJ_Daily_Nurse_Staffing_Q2_2024.csv";

    @TempDir
    Path dir;

    @Test
    void aLandingWhoseBronzeRegistrationConflicts_isLandedByItsRetry_andRecordedOnce() throws Exception {
        try (LocalLakehouse lakehouse = LocalLakehouse.open(dir)) {
            lakehouse.store().putBytes(KEY, Samples.read("PBJ_Daily_Nurse_Staffing_Q2_2024.csv"), Map.of());
            Warehouse real = lakehouse.warehouse();
            real.setUp();
            Warehouse conflicting = new Warehouse(new ConflictOnce(real.engine(), "register bronze file"),
                    real.store(), real.catalog(), real.names(), real.ddl());
            PipelineTask landFile = new PipelineServices(conflicting, false, PipelineServices.DEFAULT_LEASE, true,
                    Clock.systemUTC(), Notifier.NONE).tasks().stream().filter(t -> t.name().equals("landFile"))
                    .findFirst().orElseThrow();
            JsonNode input = new ObjectMapper().createObjectNode().put("key", KEY).put("execution", "run-1");

            assertThatThrownBy(() -> landFile.apply(input)).isInstanceOf(RetryableSqlStepException.class);
            assertThat(count(lakehouse, "select count(*) from ops.file_log")).as("no record of the failed attempt")
                    .isZero();

            JsonNode retried = landFile.apply(input);

            assertThat(retried.path("status").asText()).isEqualTo("landed");
            assertThat(retried.path("rowsIn").asLong()).isPositive();
            assertThat(count(lakehouse, "select count(*) from ops.file_log where status = 'landed'")).isOne();
            assertThat(count(lakehouse, "select count(*) from bronze.pbj_rows"))
                    .isEqualTo(retried.path("rowsIn").asLong());
        }
    }

    private static long count(LocalLakehouse lakehouse, String sql) {
        return ((Number) lakehouse.engine().query(sql).rows().getFirst().getFirst()).longValue();
    }

    /** The engine, but the first statement whose label starts with the prefix fails as a write-write conflict. */
    private record ConflictOnce(SqlEngine engine, String labelPrefix, AtomicInteger conflicts) implements SqlEngine {

        ConflictOnce(SqlEngine engine, String labelPrefix) {
            this(engine, labelPrefix, new AtomicInteger());
        }

        @Override
        public EngineKind kind() {
            return engine.kind();
        }

        @Override
        public QueryHandle submit(SqlStatement statement) {
            if (statement.label().startsWith(labelPrefix) && conflicts.getAndIncrement() == 0) {
                throw new SqlExecutionException(statement.label(), "TransactionException",
                        "Transaction conflict: cannot update a table that has been altered", true);
            }
            return engine.submit(statement);
        }

        @Override
        public QueryStatus status(QueryHandle handle) {
            return engine.status(handle);
        }

        @Override
        public ResultPage results(QueryHandle handle, Optional<String> pageToken, int maxRows) {
            return engine.results(handle, pageToken, maxRows);
        }

        @Override
        public void cancel(QueryHandle handle) {
            engine.cancel(handle);
        }
    }
}
