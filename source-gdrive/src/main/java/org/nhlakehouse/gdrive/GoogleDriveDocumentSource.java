package org.nhlakehouse.gdrive;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.nhlakehouse.core.source.DocumentChanges;
import org.nhlakehouse.core.source.DocumentSource;
import org.nhlakehouse.core.source.SourceDocument;

import com.google.api.client.googleapis.json.GoogleJsonResponseException;
import com.google.api.client.http.HttpRequestInitializer;
import com.google.api.client.http.javanet.NetHttpTransport;
import com.google.api.client.json.gson.GsonFactory;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.File;
import com.google.api.services.drive.model.FileList;
import com.google.auth.http.HttpCredentialsAdapter;

/**
 * {@link DocumentSource} on a Google Drive folder (Drive API v3), shared with a service account that has read-only
 * access. Lists the folder's uploaded files and Google Sheets; follows the Changes API for what is new.
 *
 * <p>
 * Google Sheets are read through {@code files.export} as CSV, which Google caps at 10 MB of exported content
 * (https://developers.google.com/drive/api/reference/rest/v3/files/export): CMS files larger than that must be
 * uploaded as CSV files, not converted to Sheets. {@link #isExportedSheet} flags such documents, and an export that
 * hits the cap fails with a message that says so.
 */
public final class GoogleDriveDocumentSource implements DocumentSource {

    public static final String SHEET_MIME_TYPE = "application/vnd.google-apps.spreadsheet";
    static final String GOOGLE_NATIVE_PREFIX = "application/vnd.google-apps.";
    static final String FILE_FIELDS = "id,name,size,modifiedTime,md5Checksum,mimeType";
    private static final String LIST_FIELDS = "nextPageToken, files(" + FILE_FIELDS + ")";
    private static final int PAGE_SIZE = 1000;
    private static final System.Logger LOG = System.getLogger(GoogleDriveDocumentSource.class.getName());

    private final Drive drive;
    private final String folderId;
    private final Optional<String> sharedDriveId;
    private final DriveChangeFeed changeFeed;

    /** A source on a Drive client built elsewhere (tests, or callers that share one client). */
    public GoogleDriveDocumentSource(Drive drive, String folderId, Optional<String> sharedDriveId) {
        this.drive = Objects.requireNonNull(drive, "drive");
        GoogleDriveSettings.requireDriveId(folderId, "folderId");
        this.folderId = folderId;
        this.sharedDriveId = Objects.requireNonNull(sharedDriveId, "sharedDriveId");
        this.changeFeed = new DriveChangeFeed(drive, folderId, sharedDriveId);
    }

    /** A source with its own Drive client: JDK HTTP transport, the service account's read-only credentials. */
    public static GoogleDriveDocumentSource create(GoogleDriveSettings settings) {
        NetHttpTransport transport = new NetHttpTransport();
        HttpCredentialsAdapter credentials = new HttpCredentialsAdapter(
                settings.key().driveReadOnlyCredentials(() -> transport));
        HttpRequestInitializer initializer = request -> {
            credentials.initialize(request);
            request.setConnectTimeout(20_000);
            request.setReadTimeout(60_000);
            // At CONFIG level the Google HTTP client logs each request with its Authorization header (a bearer
            // token) and as a curl command line: never let a logging setting leak the token.
            request.setLoggingEnabled(false);
            request.setCurlLoggingEnabled(false);
        };
        Drive.Builder builder = new Drive.Builder(transport, GsonFactory.getDefaultInstance(), initializer)
                .setApplicationName("nh-lakehouse");
        settings.rootUrl().ifPresent(url -> builder.setRootUrl(url.toString().endsWith("/") ? url.toString()
                : url + "/"));
        return new GoogleDriveDocumentSource(builder.build(), settings.folderId(), settings.sharedDriveId());
    }

    @Override
    public String describe() {
        return "drive folder " + folderId + sharedDriveId.map(id -> " (shared drive " + id + ")").orElse("");
    }

    /** The folder's uploaded files and Google Sheets (not sub-folders or other Google-native types), by name. */
    @Override
    public List<SourceDocument> list() throws IOException {
        List<SourceDocument> documents = new ArrayList<>();
        String pageToken = null;
        do {
            Drive.Files.List request = drive.files().list()
                    .setQ("'" + folderId + "' in parents and trashed = false")
                    .setSupportsAllDrives(true)
                    .setIncludeItemsFromAllDrives(true)
                    .setFields(LIST_FIELDS)
                    .setPageSize(PAGE_SIZE)
                    .setPageToken(pageToken);
            sharedDriveId.ifPresent(id -> request.setCorpora("drive").setDriveId(id));
            FileList page = request.execute();
            if (page.getFiles() != null) {
                page.getFiles().stream().filter(GoogleDriveDocumentSource::isReadable)
                        .map(GoogleDriveDocumentSource::document).forEach(documents::add);
            }
            pageToken = page.getNextPageToken();
        } while (pageToken != null && !pageToken.isEmpty());
        documents.sort(BY_NAME);
        return documents;
    }

    /** Streams an uploaded file ({@code alt=media}) or a Google Sheet exported as CSV. */
    @Override
    public InputStream open(SourceDocument document) throws IOException {
        try {
            if (isExportedSheet(document)) {
                LOG.log(System.Logger.Level.WARNING, "Reading Google Sheet {0} ({1}) through files.export, which"
                        + " Google caps at 10 MB; upload large CMS files as CSV", document.name(), document.id());
                return drive.files().export(document.id(), "text/csv").executeMediaAsInputStream();
            }
            if (document.mimeType().startsWith(GOOGLE_NATIVE_PREFIX)) {
                throw new IOException("Cannot download " + document.name() + ": Google-native type "
                        + document.mimeType() + " (only uploaded files and Google Sheets are supported)");
            }
            return drive.files().get(document.id()).setSupportsAllDrives(true).executeMediaAsInputStream();
        } catch (GoogleJsonResponseException e) {
            throw readFailure(document, e);
        }
    }

    /**
     * Documents new or changed since a checkpoint, by the Drive Changes API
     * (https://developers.google.com/drive/api/guides/manage-changes). Without a checkpoint: every document, and the
     * current start page token as the next checkpoint (taken before listing, so nothing added meanwhile is missed).
     */
    @Override
    public DocumentChanges changesSince(Optional<String> checkpoint) throws IOException {
        if (checkpoint.isEmpty()) {
            String start = changeFeed.startPageToken();
            return new DocumentChanges(list(), start);
        }
        Map<String, SourceDocument> changed = new LinkedHashMap<>();
        String next = changeFeed.follow(checkpoint.get(), change -> {
            File file = change.getFile();
            if (DriveChangeFeed.isInFolder(change, folderId) && isReadable(file)) {
                changed.put(change.getFileId(), document(file));
            } else {
                changed.remove(change.getFileId());
            }
        });
        List<SourceDocument> documents = new ArrayList<>(changed.values());
        documents.sort(BY_NAME);
        return new DocumentChanges(documents, next);
    }

    /** Whether a document is a Google Sheet, read through the 10 MB-capped CSV export. */
    public static boolean isExportedSheet(SourceDocument document) {
        return SHEET_MIME_TYPE.equals(document.mimeType());
    }

    private static final Comparator<SourceDocument> BY_NAME = Comparator.comparing(SourceDocument::name)
            .thenComparing(SourceDocument::id);

    static boolean isReadable(File file) {
        String mimeType = file.getMimeType() == null ? "" : file.getMimeType();
        return !mimeType.startsWith(GOOGLE_NATIVE_PREFIX) || SHEET_MIME_TYPE.equals(mimeType);
    }

    static SourceDocument document(File file) {
        Instant modified = file.getModifiedTime() == null ? Instant.EPOCH
                : Instant.ofEpochMilli(file.getModifiedTime().getValue());
        return new SourceDocument(file.getId(), file.getName(), file.getSize() == null ? -1 : file.getSize(), modified,
                Optional.ofNullable(file.getMd5Checksum()), file.getMimeType() == null ? "application/octet-stream"
                        : file.getMimeType());
    }

    private IOException readFailure(SourceDocument document, GoogleJsonResponseException e) {
        String reason = e.getDetails() != null && e.getDetails().getErrors() != null
                && !e.getDetails().getErrors().isEmpty() ? e.getDetails().getErrors().getFirst().getReason() : "";
        if (e.getStatusCode() == 404) {
            return (IOException) new FileNotFoundException("No document " + document.id() + " (" + document.name()
                    + ") in " + describe()).initCause(e);
        }
        if ("exportSizeLimitExceeded".equals(reason)) {
            return new IOException("Google Sheet " + document.name() + " is too large to export (Drive's 10 MB cap):"
                    + " upload the CMS file as CSV instead", e);
        }
        return new IOException("Drive refused to read " + document.name() + " (" + e.getStatusCode() + " " + reason
                + ")", e);
    }
}
