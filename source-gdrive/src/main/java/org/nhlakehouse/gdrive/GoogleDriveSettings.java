package org.nhlakehouse.gdrive;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which Drive folder {@link GoogleDriveDocumentSource} reads, and as whom.
 *
 * @param folderId the id of the folder that CMS files are dropped into (from its URL)
 * @param sharedDriveId the shared drive holding the folder, when it is on one; the Changes API and file listing are
 *        then scoped to that drive
 * @param rootUrl where the Drive API is, e.g. {@code http://127.0.0.1:8089/} in tests; empty for Google's
 * @param key the service account that the folder is shared with
 */
public record GoogleDriveSettings(String folderId, Optional<String> sharedDriveId, Optional<URI> rootUrl,
        ServiceAccountKey key) {

    /** Drive ids are URL-safe base64-like tokens; anything else could break out of the {@code q} query string. */
    private static final Pattern DRIVE_ID = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    public GoogleDriveSettings {
        requireDriveId(folderId, "folderId");
        Objects.requireNonNull(sharedDriveId, "sharedDriveId");
        sharedDriveId.ifPresent(id -> requireDriveId(id, "sharedDriveId"));
        Objects.requireNonNull(rootUrl, "rootUrl");
        Objects.requireNonNull(key, "key");
    }

    public static GoogleDriveSettings of(String folderId, ServiceAccountKey key) {
        return new GoogleDriveSettings(folderId, Optional.empty(), Optional.empty(), key);
    }

    public GoogleDriveSettings withSharedDrive(String driveId) {
        return new GoogleDriveSettings(folderId, Optional.of(driveId), rootUrl, key);
    }

    public GoogleDriveSettings withRootUrl(URI url) {
        return new GoogleDriveSettings(folderId, sharedDriveId, Optional.of(url), key);
    }

    static void requireDriveId(String id, String name) {
        if (id == null || !DRIVE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException(name + " is not a Drive id: " + id);
        }
    }
}
