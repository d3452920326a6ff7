package org.nhlakehouse.gdrive;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.nhlakehouse.core.source.DocumentSource;
import org.nhlakehouse.core.testing.AbstractDocumentSourceContractTest;

/** The DocumentSource contract against WireMock acting as Google Drive (and its token endpoint) on loopback. */
class GoogleDriveDocumentSourceContractTest extends AbstractDocumentSourceContractTest {

    private static FakeDrive drive;

    @BeforeAll
    static void startDrive() throws Exception {
        drive = new FakeDrive();
    }

    @AfterAll
    static void stopDrive() {
        drive.close();
    }

    @Override
    protected DocumentSource sourceWith(List<String> names, List<String> contents, Instant modified) {
        drive.reset();
        for (int i = 0; i < names.size(); i++) {
            drive.addFile(names.get(i), "text/csv", contents.get(i), modified, FakeDrive.FOLDER);
        }
        return GoogleDriveDocumentSource.create(drive.settings());
    }

    @Override
    protected void addDocument(String name, String content, Instant modified) {
        FakeDrive.FakeFile file = drive.addFile(name, "text/csv", content, modified, FakeDrive.FOLDER);
        drive.recordChange(file, modified, Optional.empty());
    }
}
