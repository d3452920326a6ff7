package org.nhlakehouse.gdrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service account's private key never shows: not in logs (with the Google HTTP client logging everything it
 * can), not in exception messages or stack traces, not in {@code toString()}.
 */
class ServiceAccountKeySecrecyTest {

    private static FakeDrive drive;

    /** The JDK's own HTTP debug logging prints every request header; the token shows there if it is switched on. */
    private static final String JDK_HTTP_LOGGER = "sun.net.www.protocol.http.HttpURLConnection";

    private final List<String> logged = new ArrayList<>();
    private final List<String> loggedOutsideTheJdk = new ArrayList<>();
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            synchronized (logged) {
                String text = formatter.format(record);
                logged.add(text);
                if (!JDK_HTTP_LOGGER.equals(record.getLoggerName())) {
                    loggedOutsideTheJdk.add(text);
                }
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level rootLevel;
    private Level googleLevel;

    @BeforeAll
    static void startDrive() throws Exception {
        drive = new FakeDrive();
    }

    @AfterAll
    static void stopDrive() {
        drive.close();
    }

    @BeforeEach
    void captureEverything() {
        drive.reset();
        Logger root = Logger.getLogger("");
        rootLevel = root.getLevel();
        googleLevel = Logger.getLogger("com.google").getLevel();
        root.setLevel(Level.ALL);
        Logger.getLogger("com.google").setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        Logger root = Logger.getLogger("");
        root.removeHandler(capture);
        root.setLevel(rootLevel);
        Logger.getLogger("com.google").setLevel(googleLevel);
    }

    @Test
    void aWorkingSource_logsNoKeyMaterial() throws Exception {
        drive.addFile("a.csv", "text/csv", "PROVNUM\n", Instant.parse("2024-10-31T12:00:00Z"), FakeDrive.FOLDER);
        GoogleDriveDocumentSource source = GoogleDriveDocumentSource.create(drive.settings());

        try (var in = source.open(source.list().getFirst())) {
            in.readAllBytes();
        }
        source.changesSince(Optional.empty());

        assertThat(logged).as("the HTTP stack logged its traffic").isNotEmpty();
        assertNoKeyMaterialIn(String.join("\n", logged));
        // The Google HTTP client's request logging (which prints the Authorization header) is switched off.
        assertThat(String.join("\n", loggedOutsideTheJdk)).doesNotContain(FakeDrive.ACCESS_TOKEN);
    }

    @Test
    void aRefusedToken_failsWithoutKeyMaterial() {
        drive.refuseTokens();
        GoogleDriveDocumentSource source = GoogleDriveDocumentSource.create(drive.settings());

        assertThatThrownBy(source::list).isInstanceOf(IOException.class)
                .satisfies(e -> assertNoKeyMaterialIn(stackTrace(e)));
        assertNoKeyMaterialIn(String.join("\n", logged));
    }

    @Test
    void aBrokenKey_failsWithoutQuotingIt() {
        String broken = "{\"type\":\"service_account\",\"private_key\":\"" + drive.privateKeyPem().replace("\n", "\\n")
                + "\",\"client_email\":\"x@y\"}";
        ServiceAccountKey key = ServiceAccountKey.fromJson(broken);

        assertThatThrownBy(() -> GoogleDriveDocumentSource.create(GoogleDriveSettings.of(FakeDrive.FOLDER, key)))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertNoKeyMaterialIn(stackTrace(e)));
    }

    @Test
    void toString_ofTheKeyAndTheSettings_isRedacted() {
        GoogleDriveSettings settings = drive.settings();

        assertThat(settings.key()).hasToString("ServiceAccountKey[redacted]");
        assertNoKeyMaterialIn(settings.toString());
    }

    private void assertNoKeyMaterialIn(String text) {
        String pem = drive.privateKeyPem();
        String body = pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", "")
                .replace("\n", "");
        assertThat(text).doesNotContain("BEGIN PRIVATE KEY");
        // Any 32-character run of the key's base64 would be a leak, wherever it starts.
        for (int start = 0; start + 32 <= body.length(); start += 16) {
            assertThat(text).doesNotContain(body.substring(start, start + 32));
        }
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
