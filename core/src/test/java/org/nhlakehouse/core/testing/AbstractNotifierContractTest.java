package org.nhlakehouse.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.tasks.NotificationText;
import org.nhlakehouse.core.tasks.Notifier;

/**
 * The behaviour every {@link Notifier} shares: one notification per call, told as given when it fits, and made to fit
 * (never refused) when it does not: a subject on one line of printable text (SNS refuses anything else; in a log it
 * would forge lines), a message never empty and at most 256 KiB, keeping its beginning. A subclass provides a notifier
 * and reads back what reached the other side.
 */
public abstract class AbstractNotifierContractTest {

    /** A notification as the receiving side got it. */
    public record Delivered(String subject, String message) {
    }

    /** A notifier whose deliveries {@link #delivered(int)} reads (a new one per test). */
    protected abstract Notifier notifier() throws Exception;

    /** Everything delivered by the last notifier so far, once at least {@code expected} arrived (or a time-out). */
    protected abstract List<Delivered> delivered(int expected) throws Exception;

    @Test
    void aFailedRun_isDeliveredOnce_withItsSubjectAndMessage() throws Exception {
        String message = "org.nhlakehouse.core.tasks.SqlStepFailedException: step gold/fct_facility_day failed\n"
                + "  at line 2: résidents, 5 % ✓";
        notifier().notify("NH Lakehouse pipeline run r-1 failed", message);

        assertThat(delivered(1)).containsExactly(new Delivered("NH Lakehouse pipeline run r-1 failed", message));
    }

    @Test
    void aSubjectWithLineBreaksOrControlCharacters_isDeliveredOnOneLine() throws Exception {
        notifier().notify("Run r-2 failed\nINFO forged log line\r\u0007\tend", "cause");

        Delivered delivered = delivered(1).getFirst();
        assertThat(delivered.subject()).startsWith("Run r-2 failed").contains("forged log line").endsWith("end")
                .matches("[\\x20-\\x7E]+");
        assertThat(delivered.message()).isEqualTo("cause");
    }

    @Test
    void aLongSubject_isShortened() throws Exception {
        notifier().notify("Run r-3 failed " + "x".repeat(300), "cause");

        assertThat(delivered(1).getFirst().subject()).startsWith("Run r-3 failed xxx")
                .hasSizeLessThanOrEqualTo(NotificationText.MAX_SUBJECT_CHARS);
    }

    @Test
    void anEmptyMessageOrSubject_isStillDelivered() throws Exception {
        Notifier notifier = notifier();
        notifier.notify("", "");
        notifier.notify(null, null);

        assertThat(delivered(2)).hasSize(2).allSatisfy(delivered -> {
            assertThat(delivered.subject()).isNotBlank();
            assertThat(delivered.message()).isNotBlank();
        });
    }

    @Test
    void aMessageOver256KiB_isCutToFit_keepingItsBeginning() throws Exception {
        String message = "Step failed: " + "é".repeat(200_000);
        notifier().notify("Run r-4 failed", message);

        String delivered = delivered(1).getFirst().message();
        assertThat(delivered.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(NotificationText.MAX_MESSAGE_BYTES);
        assertThat(delivered).startsWith("Step failed: ééé").endsWith(NotificationText.TRUNCATED);
    }
}
