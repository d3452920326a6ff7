package org.nhlakehouse.functions.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nhlakehouse.functions.testing.HandlerProfile;
import org.nhlakehouse.functions.testing.Lambda;
import org.nhlakehouse.functions.testing.TestLakehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The finishRun function on the local engine, after a whole run of the real PBJ sample. */
@QuarkusTest
@TestProfile(FinishRunHandlerTest.Profile.class)
class FinishRunHandlerTest {

    public static class Profile extends HandlerProfile {
        public Profile() {
            super("finishRun");
        }
    }

    @Inject
    TestLakehouse lakehouse;

    @BeforeEach
    void reset() throws Exception {
        lakehouse.reset();
    }

    @Test
    void afterEverySqlStep_theRunIsRecordedWithItsTotals_andTheLeaseIsFree() throws Exception {
        String key = lakehouse.ingestSample("PBJ_Daily_Nurse_Staffing_Q2_2024.csv");
        JsonNode plan = lakehouse.landAndPlan("run-1", key);
        lakehouse.runAllSteps(plan, "run-1");
        ObjectNode event = Lambda.JSON.createObjectNode().put("execution", "run-1");
        event.set("plan", plan);

        JsonNode summary = Lambda.invoke(event);

        assertThat(summary.path("runId").asText()).isEqualTo("run-1");
        assertThat(summary.path("batchId").asText()).isEqualTo(plan.path("batch").path("batchId").asText());
        assertThat(summary.path("files").asLong()).isEqualTo(1);
        assertThat(summary.path("rowsIn").asLong()).isEqualTo(91);
        assertThat(summary.path("rowsKept").asLong() + summary.path("rowsRejected").asLong()).isEqualTo(91);
        assertThat(summary.path("facilities").asLong()).isPositive();
        assertThat(summary.path("quarters").asLong()).isEqualTo(1);
        assertThat(lakehouse.query("select status from " + lakehouse.schema("ops") + ".pipeline_runs where run_id = ?",
                "run-1")).singleElement().satisfies(row -> assertThat(row).containsEntry("status", "succeeded"));
        assertThat(lakehouse.services().lease().holder(java.time.Instant.now())).isEmpty();
        assertThat(lakehouse.query("select count(*) as n from " + lakehouse.schema("gold") + ".fct_facility_day"))
                .singleElement().satisfies(row -> assertThat(((Number) row.get("n")).longValue()).isPositive());
    }

    @Test
    void anEmptyPlan_finishesWithNoFiles_andFreesTheLease() throws Exception {
        JsonNode plan = lakehouse.task("planBatch", Lambda.JSON.createObjectNode().put("execution", "run-2"));
        ObjectNode event = Lambda.JSON.createObjectNode().put("execution", "run-2");
        event.set("plan", plan);

        JsonNode summary = Lambda.invoke(event);

        assertThat(summary.path("files").asLong()).isZero();
        assertThat(lakehouse.services().lease().holder(java.time.Instant.now())).isEmpty();
    }
}
