package org.nhlakehouse.functions.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nhlakehouse.functions.testing.HandlerProfile;
import org.nhlakehouse.functions.testing.Lambda;
import org.nhlakehouse.functions.testing.TestLakehouse;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The landFile function on the local engine, with the real CMS PBJ sample. */
@QuarkusTest
@TestProfile(LandFileHandlerTest.Profile.class)
class LandFileHandlerTest {

    public static class Profile extends HandlerProfile {
        public Profile() {
            super("landFile");
        }
    }

    @Inject
    TestLakehouse lakehouse;

    @BeforeEach
    void reset() throws Exception {
        lakehouse.reset();
    }

    @Test
    void theRealPbjSample_landsEveryRow_intoBronze() throws Exception {
        String key = lakehouse.ingestSample("PBJ_Daily_Nurse_Staffing_Q2_2024.csv");

        JsonNode out = Lambda.invoke(Lambda.event("land-file.json").replace("${key}", key));

        assertThat(out.path("status").asText()).isEqualTo("landed");
        assertThat(out.path("key").asText()).isEqualTo(key);
        assertThat(out.path("dataset").asText()).isEqualTo("pbj");
        assertThat(out.path("rowsIn").asLong()).isEqualTo(91);
        assertThat(lakehouse.query("select count(*) as n from " + lakehouse.schema("bronze") + ".pbj_rows"))
                .singleElement().satisfies(row -> assertThat(((Number) row.get("n")).longValue()).isEqualTo(91));
        assertThat(lakehouse.query("select status, rows_in from " + lakehouse.schema("ops") + ".file_log"
                + " where file_id = ?", out.path("fileId").asText())).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("status", "landed"));
    }

    @Test
    void aFileRedeliveredToAnotherExecution_isKnown_andLandsNothingTwice() throws Exception {
        String key = lakehouse.ingestSample("PBJ_Daily_Nurse_Staffing_Q2_2024.csv");
        String event = Lambda.event("land-file.json").replace("${key}", key);
        JsonNode first = Lambda.invoke(event);

        JsonNode second = Lambda.invoke(event.replace("-3f1c9a0b7e6d5c4b2a1908f7", "-redelivered"));

        assertThat(second.path("status").asText()).isEqualTo("known");
        assertThat(second.path("fileId").asText()).isEqualTo(first.path("fileId").asText());
        assertLandedOnce();
    }

    @Test
    void aRetryByTheSameExecution_reportsTheLandingItRecorded_andLandsNothingTwice() throws Exception {
        // On AWS: the first invocation landed the file, but its response was lost and Step Functions retried the task.
        String key = lakehouse.ingestSample("PBJ_Daily_Nurse_Staffing_Q2_2024.csv");
        String event = Lambda.event("land-file.json").replace("${key}", key);
        JsonNode first = Lambda.invoke(event);

        JsonNode retry = Lambda.invoke(event);

        assertThat(retry.path("status").asText()).isEqualTo("landed");
        assertThat(retry.path("fileId").asText()).isEqualTo(first.path("fileId").asText());
        assertThat(retry.path("dataset").asText()).isEqualTo("pbj");
        assertThat(retry.path("rowsIn").asLong()).isEqualTo(91);
        assertLandedOnce();
    }

    @Test
    void aRetryByTheSameExecution_ofARefusedFile_reportsTheRefusalItRecorded() throws Exception {
        String key = lakehouse.ingest("meeting_notes.csv", "topic,owner\nbudget,ann\n");
        String event = Lambda.event("land-file.json").replace("${key}", key);
        Lambda.invoke(event);

        JsonNode retry = Lambda.invoke(event);

        assertThat(retry.path("status").asText()).isEqualTo("refused");
        assertThat(retry.path("reason").asText()).isEqualTo("unknown_dataset");
        assertThat(retry.path("detail").asText()).isNotBlank();
    }

    private void assertLandedOnce() {
        assertThat(lakehouse.query("select count(*) as n from " + lakehouse.schema("ops") + ".file_log"))
                .singleElement().satisfies(row -> assertThat(((Number) row.get("n")).longValue()).isEqualTo(1));
        assertThat(lakehouse.query("select count(*) as n from " + lakehouse.schema("bronze") + ".pbj_rows"))
                .singleElement().satisfies(row -> assertThat(((Number) row.get("n")).longValue()).isEqualTo(91));
    }

    @Test
    void aFileThatIsNoCmsDataset_isRefused_withItsReason() throws Exception {
        String key = lakehouse.ingest("meeting_notes.csv", "topic,owner\nbudget,ann\n");

        JsonNode out = Lambda.invoke(Lambda.event("land-file.json").replace("${key}", key));

        assertThat(key).startsWith("bronze/unrecognized/");
        assertThat(out.path("status").asText()).isEqualTo("refused");
        assertThat(out.path("reason").asText()).isEqualTo("unknown_dataset");
    }

    @Test
    void aTraversingKey_failsTheTask_withTheExceptionClassAsErrorType() {
        Lambda.Failure failure = Lambda.invokeFailing(Lambda.event("land-file.json").replace("${key}",
                "bronze/pbj/../../etc/passwd"));

        assertThat(failure.errorType()).isEqualTo("java.lang.IllegalArgumentException");
        assertThat(failure.errorMessage()).contains("Not a raw file key");
    }

    @Test
    void aKeyWithSpacesFromABrowserUpload_isRecordedAsRefusedForItsKey() {
        JsonNode out = Lambda.invoke(Lambda.event("land-file.json").replace("${key}", "bronze/pbj/Q2 2024 (1).csv"));

        assertThat(out.path("status").asText()).isEqualTo("refused");
        assertThat(out.path("reason").asText()).isEqualTo("unsafe_key");
        assertThat(out.path("detail").asText()).endsWith("bronze/pbj/Q2_2024__1_.csv");
        assertThat(lakehouse.query("select status, refusal_reason from " + lakehouse.schema("ops") + ".file_log"))
                .singleElement().satisfies(row -> assertThat(row).containsEntry("status", "refused")
                        .containsEntry("refusal_reason", "unsafe_key"));
    }
}
