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

/** The planBatch function on the local engine: the lease, and the batch of landed files with its SQL stages. */
@QuarkusTest
@TestProfile(PlanBatchHandlerTest.Profile.class)
class PlanBatchHandlerTest {

    public static class Profile extends HandlerProfile {
        public Profile() {
            super("planBatch");
        }
    }

    @Inject
    TestLakehouse lakehouse;

    @BeforeEach
    void reset() throws Exception {
        lakehouse.reset();
    }

    @Test
    void aLandedPbjFile_isPlannedAsOneBatch_withItsSqlStages() throws Exception {
        JsonNode landed = land("run-1");

        JsonNode plan = Lambda.invoke(planEvent("run-1", landed));

        assertThat(plan.path("acquired").asBoolean()).isTrue();
        assertThat(plan.path("empty").asBoolean()).isFalse();
        assertThat(plan.path("filesLanded").asLong()).isEqualTo(1);
        assertThat(plan.path("batch").path("runId").asText()).isEqualTo("run-1");
        assertThat(plan.path("batch").path("files").path("pbj")).hasSize(1);
        assertThat(plan.path("batch").path("files").path("pbj").get(0).asText())
                .isEqualTo(landed.path("fileId").asText());
        assertThat(plan.path("stages").size()).isGreaterThan(3);
        plan.path("stages").forEach(stage -> stage.forEach(step -> {
            assertThat(step.path("id").asText()).isNotBlank();
            assertThat(step.path("kind").asText()).isIn("dml", "check");
        }));
    }

    @Test
    void whileOneRunHoldsTheLease_anotherIsToldToWait() throws Exception {
        JsonNode landed = land("run-1");
        Lambda.invoke(planEvent("run-1", landed));

        JsonNode second = Lambda.invoke(planEvent("run-2", landed));

        assertThat(second.path("acquired").asBoolean()).isFalse();
        assertThat(second.path("holder").asText()).isEqualTo("run-1");
    }

    @Test
    void withNothingWaiting_thePlanIsEmpty() {
        JsonNode plan = Lambda.invoke(Lambda.JSON.createObjectNode().put("execution", "run-9")
                .set("landed", Lambda.JSON.createArrayNode()));

        assertThat(plan.path("acquired").asBoolean()).isTrue();
        assertThat(plan.path("empty").asBoolean()).isTrue();
    }

    private JsonNode land(String execution) throws Exception {
        String key = lakehouse.ingestSample("PBJ_Daily_Nurse_Staffing_Q2_2024.csv");
        return lakehouse.task("landFile", Lambda.JSON.createObjectNode().put("key", key).put("execution", execution));
    }

    private static ObjectNode planEvent(String execution, JsonNode landed) {
        ObjectNode event = Lambda.JSON.createObjectNode().put("execution", execution);
        event.withArray("landed").add(landed);
        return event;
    }
}
