package org.nhlakehouse.core.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.landing.Dataset;
import org.nhlakehouse.core.pipeline.Batch;

/** What lets a typing step be rerun without its refused files, and its failure name them within a cause's limit. */
class SqlStepRerunTest {

    private static final Batch BATCH = new Batch("run-1", LocalDateTime.parse("2024-09-01T00:00:00"),
            Map.of(Dataset.PBJ_DAILY_NURSE_STAFFING, List.of("00000000000000a1", "00000000000000b2")));

    @Test
    void aStepRerunWithoutRefusedFiles_getsANewClientRequestToken_withinAthenasLimit() {
        String first = RunSqlStepTask.token("run-1", "stg_pbj_daily", BATCH, 0)
                + RunSqlStepTask.refusedSuffix(Set.of());
        String rerun = RunSqlStepTask.token("run-1", "stg_pbj_daily", BATCH, 0)
                + RunSqlStepTask.refusedSuffix(Set.of("00000000000000a1"));
        String rerunWithout2 = RunSqlStepTask.token("run-1", "stg_pbj_daily", BATCH, 0)
                + RunSqlStepTask.refusedSuffix(Set.of("00000000000000a1", "00000000000000b2"));

        assertThat(first).hasSize(64);
        assertThat(List.of(first, rerun, rerunWithout2)).doesNotHaveDuplicates()
                .allSatisfy(token -> assertThat(token).hasSizeBetween(32, 128).matches("[0-9a-f]+"));
    }

    @Test
    void anEngineMessageQuotingAHugeLine_isCut_soThatTheFilesNamedAfterItFitACause() {
        String huge = "CSV Error on Line: 1\nOriginal Line: " + "x".repeat(3 << 20);

        String shortened = CheckSqlStepTask.shortened(huge);

        assertThat(shortened).startsWith("CSV Error on Line: 1").hasSizeLessThan(CheckSqlStepTask.MOST_MESSAGE_CHARS
                + 100).endsWith("more characters)");
        assertThat(CheckSqlStepTask.shortened("Conversion Error")).isEqualTo("Conversion Error");
    }
}
