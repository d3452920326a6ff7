package org.nhlakehouse.gdrive;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

import com.google.api.client.util.DateTime;
import com.google.api.services.drive.Drive;
import com.google.api.services.drive.model.Change;
import com.google.api.services.drive.model.ChangeList;
import com.google.api.services.drive.model.File;

/**
 * The Drive Changes API for one folder: the start page token, and the changes since a token, with the entries that
 * say nothing new about the folder's content left out.
 */
final class DriveChangeFeed {

    /**
     * Drive records a view by the service account itself (a download updates its {@code viewedByMeTime}) as a change
     * too; such an entry is recognised by the view being the change and the content being older than the view. The
     * change time may trail the view by a moment.
     */
    private static final long VIEW_TOLERANCE_MILLIS = 5_000;
    private static final int PAGE_SIZE = 1000;
    static final String FIELDS = "nextPageToken,newStartPageToken,changes(changeType,time,removed,fileId,file("
            + GoogleDriveDocumentSource.FILE_FIELDS + ",parents,trashed,viewedByMeTime))";

    private final Drive drive;
    private final String folderId;
    private final Optional<String> sharedDriveId;

    DriveChangeFeed(Drive drive, String folderId, Optional<String> sharedDriveId) {
        this.drive = drive;
        this.folderId = folderId;
        this.sharedDriveId = sharedDriveId;
    }

    String startPageToken() throws IOException {
        Drive.Changes.GetStartPageToken request = drive.changes().getStartPageToken().setSupportsAllDrives(true);
        sharedDriveId.ifPresent(request::setDriveId);
        return request.execute().getStartPageToken();
    }

    /**
     * Hands every change since {@code pageToken} to {@code sink}, in order, except the service account's own views,
     * and returns the token to continue from next time.
     */
    String follow(String pageToken, Consumer<Change> sink) throws IOException {
        String token = pageToken;
        while (true) {
            Drive.Changes.List request = drive.changes().list(token)
                    .setIncludeItemsFromAllDrives(true)
                    .setSupportsAllDrives(true)
                    .setPageSize(PAGE_SIZE)
                    .setFields(FIELDS);
            sharedDriveId.ifPresent(request::setDriveId);
            ChangeList page = request.execute();
            if (page.getChanges() != null) {
                page.getChanges().stream().filter(change -> !isOwnView(change)).forEach(sink);
            }
            if (page.getNewStartPageToken() != null) {
                return page.getNewStartPageToken();
            }
            if (page.getNextPageToken() == null) {
                throw new IOException("Drive's change list ended with neither nextPageToken nor newStartPageToken");
            }
            token = page.getNextPageToken();
        }
    }

    /** A change to a file, not removed or trashed, whose parents include the folder. */
    static boolean isInFolder(Change change, String folderId) {
        File file = change.getFile();
        return !Boolean.TRUE.equals(change.getRemoved()) && file != null && !Boolean.TRUE.equals(file.getTrashed())
                && file.getParents() != null && file.getParents().contains(folderId);
    }

    static boolean isOwnView(Change change) {
        File file = change.getFile();
        if (Boolean.TRUE.equals(change.getRemoved()) || file == null || file.getViewedByMeTime() == null
                || change.getTime() == null || file.getModifiedTime() == null) {
            return false;
        }
        long viewed = millis(file.getViewedByMeTime());
        return millis(file.getModifiedTime()) < viewed && millis(change.getTime()) <= viewed + VIEW_TOLERANCE_MILLIS;
    }

    private static long millis(DateTime time) {
        return time.getValue();
    }
}
