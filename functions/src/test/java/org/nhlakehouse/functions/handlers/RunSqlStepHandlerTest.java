package org.nhlakehouse.functions.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.engine.QueryHandle;
import org.nhlakehouse.core.engine.QueryState;
import org.nhlakehouse.functions.testing.HandlerProfile;
import org.nhlakehouse.functions.testing.Lambda;
import org.nhlakehouse.functions.testing.TestLakehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The runSqlStep function on the local engine: submits a planned step and hands back its query. */
@QuarkusTest
@TestProfile(RunSqlStepHandlerTest.Profile.class)
class RunSqlStepHandlerTest {

    public static class Profile extends HandlerProfile {
        public Profile() {
            super("runSqlStep");
        }
    }

    @Inject
    TestLakehouse lakehouse;

    @BeforeEach
    void reset() throws Exception {
        lakehouse.reset();
    }

    @Test
    void theFirstStepOfAPlan_isSubmitted_andItsQueryReturned() throws Exception {
        String key = lakehouse.ingestSample("PBJ_Daily_Nurse_Staffing_Q2_2024.csv");
        JsonNode plan = lakehouse.landAndPlan("run-1", key);
        JsonNode step = plan.path("stages").get(0).get(0);

        JsonNode out = Lambda.invoke(TestLakehouse.stepInput(plan, step, "run-1"));

        assertThat(out.path("stepId").asText()).isEqualTo(step.path("id").asText());
        assertThat(out.path("attempt").asInt()).isZero();
        QueryHandle handle = new QueryHandle(out.path("queryId").asText());
        assertThat(lakehouse.warehouse().engine().status(handle).state()).isEqualTo(QueryState.SUCCEEDED);
    }

    @Test
    void aStepThatIsNotInTheCatalog_failsTheTask() throws Exception {
        String key = lakehouse.ingestSample("PBJ_Daily_Nurse_Staffing_Q2_2024.csv");
        JsonNode plan = lakehouse.landAndPlan("run-1", key);
        ObjectNode step = Lambda.JSON.createObjectNode().put("id", "silver/drop_everything").put("kind", "dml");

        Lambda.Failure failure = Lambda.invokeFailing(TestLakehouse.stepInput(plan, step, "run-1").toString());

        assertThat(failure.errorType()).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(failure.errorMessage()).contains("silver/drop_everything");
    }
}
