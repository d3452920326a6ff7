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

/** The checkSqlStep function on the local engine: how a submitted step's query ended. */
@QuarkusTest
@TestProfile(CheckSqlStepHandlerTest.Profile.class)
class CheckSqlStepHandlerTest {

    public static class Profile extends HandlerProfile {
        public Profile() {
            super("checkSqlStep");
        }
    }

    @Inject
    TestLakehouse lakehouse;

    @BeforeEach
    void reset() throws Exception {
        lakehouse.reset();
    }

    @Test
    void aFinishedStep_reportsSucceeded_withTheRowsItWrote() throws Exception {
        String key = lakehouse.ingestSample("PBJ_Daily_Nurse_Staffing_Q2_2024.csv");
        JsonNode plan = lakehouse.landAndPlan("run-1", key);
        JsonNode step = TestLakehouse.step(plan, "stg_pbj_daily");
        ObjectNode input = TestLakehouse.stepInput(plan, step, "run-1");
        input.set("query", lakehouse.task("runSqlStep", input));

        JsonNode status = Lambda.invoke(input);

        assertThat(status.path("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(status.path("stepId").asText()).isEqualTo(step.path("id").asText());
        // The first step types the batch's PBJ Bronze rows into staging: one row per record of the sample.
        assertThat(status.path("rowsWritten").asLong()).isEqualTo(91);
    }

    @Test
    void aQueryTheEngineDoesNotKnow_failsTheTask() throws Exception {
        String key = lakehouse.ingestSample("PBJ_Daily_Nurse_Staffing_Q2_2024.csv");
        JsonNode plan = lakehouse.landAndPlan("run-1", key);
        ObjectNode input = TestLakehouse.stepInput(plan, plan.path("stages").get(0).get(0), "run-1");
        input.putObject("query").put("queryId", "no-such-query");

        Lambda.Failure failure = Lambda.invokeFailing(input.toString());

        assertThat(failure.errorType()).isNotBlank();
        assertThat(failure.errorMessage()).contains("no-such-query");
    }
}
