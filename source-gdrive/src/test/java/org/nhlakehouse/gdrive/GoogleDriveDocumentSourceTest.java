package org.nhlakehouse.gdrive;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.source.DocumentChanges;
import org.nhlakehouse.core.source.SourceDocument;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** The requests {@link GoogleDriveDocumentSource} sends to Drive, and how it reads the answers. */
class GoogleDriveDocumentSourceTest {

    private static final Instant OCT = Instant.parse("2024-10-31T12:00:00Z");
    private static final Instant NOV = Instant.parse("2024-11-01T09:00:00Z");
    private static final String SHARED_DRIVE = "0AsharedDriveIdUk9PVA";

    private static FakeDrive drive;

    @BeforeAll
    static void startDrive() throws Exception {
        drive = new FakeDrive();
    }

    @AfterAll
    static void stopDrive() {
        drive.close();
    }

    @BeforeEach
    void resetDrive() {
        drive.reset();
    }

    @Test
    void list_asksForTheFoldersFiles_onEveryPage_andSortsThemByName() throws Exception {
        drive.addFile("PBJ_Daily_Nurse_Staffing_Q2_2024.csv", "text/csv", "PROVNUM\n015009\n", OCT, FakeDrive.FOLDER);
        drive.addFile("NH_ProviderInfo_Oct2024.csv", "text/csv", "CCN\n", OCT, FakeDrive.FOLDER);
        drive.addFile("archive", "application/vnd.google-apps.folder", "", OCT, FakeDrive.FOLDER);
        drive.addFile("Notes", "application/vnd.google-apps.document", "", OCT, FakeDrive.FOLDER);
        drive.addFile("NH_ProviderInfo_Sep2024", GoogleDriveDocumentSource.SHEET_MIME_TYPE, "CCN\n", OCT,
                FakeDrive.FOLDER);
        drive.addFile("elsewhere.csv", "text/csv", "x", OCT, FakeDrive.OTHER_FOLDER);

        List<SourceDocument> documents = sharedDriveSource().list();

        assertThat(documents).extracting(SourceDocument::name).containsExactly("NH_ProviderInfo_Oct2024.csv",
                "NH_ProviderInfo_Sep2024", "PBJ_Daily_Nurse_Staffing_Q2_2024.csv");
        SourceDocument pbj = documents.get(2);
        assertThat(pbj.size()).isEqualTo(15);
        assertThat(pbj.modifiedTime()).isEqualTo(OCT);
        assertThat(pbj.md5Checksum()).contains(md5("PROVNUM\n015009\n"));
        assertThat(pbj.mimeType()).isEqualTo("text/csv");
        SourceDocument sheet = documents.get(1);
        assertThat(sheet.size()).isEqualTo(-1);
        assertThat(sheet.md5Checksum()).isEmpty();
        assertThat(GoogleDriveDocumentSource.isExportedSheet(sheet)).isTrue();
        assertThat(GoogleDriveDocumentSource.isExportedSheet(pbj)).isFalse();

        List<LoggedRequest> lists = drive.server().findAll(getRequestedFor(urlPathEqualTo("/drive/v3/files")));
        assertThat(lists).hasSize(3);
        assertThat(lists).allSatisfy(request -> {
            assertThat(query(request, "q")).isEqualTo("'" + FakeDrive.FOLDER + "' in parents and trashed = false");
            assertThat(query(request, "supportsAllDrives")).isEqualTo("true");
            assertThat(query(request, "includeItemsFromAllDrives")).isEqualTo("true");
            assertThat(query(request, "corpora")).isEqualTo("drive");
            assertThat(query(request, "driveId")).isEqualTo(SHARED_DRIVE);
            assertThat(query(request, "fields"))
                    .isEqualTo("nextPageToken, files(id,name,size,modifiedTime,md5Checksum,mimeType)");
            assertThat(query(request, "pageSize")).isEqualTo("1000");
            assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + FakeDrive.ACCESS_TOKEN);
        });
        assertThat(lists).extracting(r -> query(r, "pageToken")).containsExactly(null, "p2", "p4");
    }

    @Test
    void list_inAMyDriveFolder_sendsNoCorpusOrDrive() throws Exception {
        drive.addFile("a.csv", "text/csv", "a", OCT, FakeDrive.FOLDER);

        assertThat(GoogleDriveDocumentSource.create(drive.settings()).list()).hasSize(1);

        drive.server().verify(getRequestedFor(urlPathEqualTo("/drive/v3/files"))
                .withQueryParam("corpora", absent()).withQueryParam("driveId", absent())
                .withQueryParam("supportsAllDrives", equalTo("true")));
    }

    @Test
    void credentials_areAServiceAccountJwtExchangedForABearerToken() throws Exception {
        drive.addFile("a.csv", "text/csv", "a", OCT, FakeDrive.FOLDER);

        GoogleDriveDocumentSource.create(drive.settings()).list();

        List<LoggedRequest> tokens = drive.server().findAll(postRequestedFor(urlPathEqualTo("/token")));
        assertThat(tokens).hasSize(1);
        String form = tokens.getFirst().getBodyAsString();
        assertThat(form).contains("grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Ajwt-bearer")
                .contains("assertion=");
        String claims = new String(java.util.Base64.getUrlDecoder()
                .decode(form.substring(form.indexOf("assertion=") + 10).split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("https://www.googleapis.com/auth/drive.readonly")
                .contains("drive-poller@nh-lakehouse-test.iam.gserviceaccount.com");
    }

    @Test
    void open_streamsAnUploadedFile_throughTheMediaDownloadUrl() throws Exception {
        drive.addFile("a.csv", "text/csv", "PROVNUM\n015009\n", OCT, FakeDrive.FOLDER);
        GoogleDriveDocumentSource source = sharedDriveSource();
        SourceDocument document = source.list().getFirst();

        try (InputStream in = source.open(document)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("PROVNUM\n015009\n");
        }
        drive.server().verify(getRequestedFor(urlPathEqualTo("/download/drive/v3/files/" + document.id()))
                .withQueryParam("alt", equalTo("media")).withQueryParam("supportsAllDrives", equalTo("true")));
    }

    @Test
    void open_exportsAGoogleSheetAsCsv() throws Exception {
        drive.addFile("Provider info", GoogleDriveDocumentSource.SHEET_MIME_TYPE, "CCN,NAME\n015009,BURNS\n", OCT,
                FakeDrive.FOLDER);
        GoogleDriveDocumentSource source = GoogleDriveDocumentSource.create(drive.settings());
        SourceDocument sheet = source.list().getFirst();

        try (InputStream in = source.open(sheet)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("CCN,NAME\n015009,BURNS\n");
        }
        // The generated client sends exports to the media download URL too (alt=media).
        drive.server().verify(getRequestedFor(urlPathEqualTo("/download/drive/v3/files/" + sheet.id() + "/export"))
                .withQueryParam("mimeType", equalTo("text/csv")).withQueryParam("alt", equalTo("media")));
    }

    @Test
    void open_ofAMissingFile_throwsFileNotFound() throws Exception {
        GoogleDriveDocumentSource source = GoogleDriveDocumentSource.create(drive.settings());
        SourceDocument gone = new SourceDocument("f999gone", "gone.csv", 1, OCT, Optional.empty(), "text/csv");

        assertThatThrownBy(() -> source.open(gone)).isInstanceOf(FileNotFoundException.class)
                .hasMessageContaining("gone.csv");
    }

    @Test
    void open_ofAGoogleDoc_isRefusedWithoutACall() {
        GoogleDriveDocumentSource source = GoogleDriveDocumentSource.create(drive.settings());
        SourceDocument doc = new SourceDocument("f1", "Notes", -1, OCT, Optional.empty(),
                "application/vnd.google-apps.document");

        assertThatThrownBy(() -> source.open(doc)).isInstanceOf(IOException.class)
                .hasMessageContaining("Google-native type");
        assertThat(drive.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void changesSince_nothing_listsEverything_andStartsFromTheCurrentToken() throws Exception {
        drive.addFile("a.csv", "text/csv", "a", OCT, FakeDrive.FOLDER);

        DocumentChanges changes = sharedDriveSource().changesSince(Optional.empty());

        assertThat(changes.documents()).extracting(SourceDocument::name).containsExactly("a.csv");
        assertThat(changes.nextCheckpoint()).isEqualTo("1");
        drive.server().verify(getRequestedFor(urlPathEqualTo("/drive/v3/changes/startPageToken"))
                .withQueryParam("supportsAllDrives", equalTo("true"))
                .withQueryParam("driveId", equalTo(SHARED_DRIVE)));
    }

    @Test
    void changesSince_aCheckpoint_keepsOnlyNewOrChangedFilesOfTheFolder() throws Exception {
        GoogleDriveDocumentSource source = sharedDriveSource();
        String checkpoint = source.changesSince(Optional.empty()).nextCheckpoint();

        FakeDrive.FakeFile uploaded = drive.addFile("PBJ_Q3_2024.csv", "text/csv", "new", NOV, FakeDrive.FOLDER);
        drive.recordChange(uploaded, NOV, Optional.empty());
        FakeDrive.FakeFile elsewhere = drive.addFile("other.csv", "text/csv", "x", NOV, FakeDrive.OTHER_FOLDER);
        drive.recordChange(elsewhere, NOV, Optional.empty());
        drive.recordRemoval("f77deleted", NOV);
        FakeDrive.FakeFile old = drive.addFile("PBJ_Q1_2024.csv", "text/csv", "old", OCT, FakeDrive.FOLDER);
        Instant viewed = NOV.plusSeconds(60);
        drive.recordChange(old, viewed.plusMillis(300), Optional.of(viewed));
        FakeDrive.FakeFile trashedLater = drive.addFile("mistake.csv", "text/csv", "m", NOV, FakeDrive.FOLDER);
        drive.recordChange(trashedLater, NOV, Optional.empty());
        drive.recordChange(drive.trash(trashedLater), NOV.plusSeconds(5), Optional.empty());
        FakeDrive.FakeFile movedIn = drive.addFile("NH_ProviderInfo_Nov2024.csv", "text/csv", "p", OCT,
                FakeDrive.FOLDER);
        drive.recordChange(movedIn, NOV.plusSeconds(600), Optional.of(OCT.plusSeconds(60)));
        FakeDrive.FakeFile doc = drive.addFile("Readme", "application/vnd.google-apps.document", "", NOV,
                FakeDrive.FOLDER);
        drive.recordChange(doc, NOV, Optional.empty());

        DocumentChanges changes = source.changesSince(Optional.of(checkpoint));

        assertThat(changes.documents()).extracting(SourceDocument::name)
                .containsExactly("NH_ProviderInfo_Nov2024.csv", "PBJ_Q3_2024.csv");
        assertThat(changes.nextCheckpoint()).isEqualTo("9");
        List<LoggedRequest> pages = drive.server().findAll(getRequestedFor(urlPathEqualTo("/drive/v3/changes")));
        assertThat(pages).extracting(r -> query(r, "pageToken")).containsExactly("1", "3", "5", "7");
        assertThat(pages).allSatisfy(request -> {
            assertThat(query(request, "includeItemsFromAllDrives")).isEqualTo("true");
            assertThat(query(request, "supportsAllDrives")).isEqualTo("true");
            assertThat(query(request, "driveId")).isEqualTo(SHARED_DRIVE);
            assertThat(query(request, "pageSize")).isEqualTo("1000");
            assertThat(query(request, "fields")).isEqualTo("nextPageToken,newStartPageToken,changes(changeType,"
                    + "time,removed,fileId,file(id,name,size,modifiedTime,md5Checksum,mimeType,parents,trashed,"
                    + "viewedByMeTime))");
        });

        assertThat(source.changesSince(Optional.of(changes.nextCheckpoint())).documents()).isEmpty();
    }

    @Test
    void settings_refuseIdsThatCouldChangeTheQuery() {
        ServiceAccountKey key = drive.key();
        assertThatThrownBy(() -> GoogleDriveSettings.of("x' or name contains '", key))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GoogleDriveSettings.of("ok", key).withSharedDrive("a b"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private GoogleDriveDocumentSource sharedDriveSource() {
        return GoogleDriveDocumentSource.create(drive.settings().withSharedDrive(SHARED_DRIVE));
    }

    private static String query(LoggedRequest request, String name) {
        var parameter = request.queryParameter(name);
        return parameter != null && parameter.isPresent() ? parameter.firstValue() : null;
    }

    private static String md5(String content) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                .digest(content.getBytes(StandardCharsets.UTF_8)));
    }
}
