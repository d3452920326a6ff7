package org.nhlakehouse.core.landing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * What landing one raw file produced: its identity, how it was read, and where its Bronze rows are.
 *
 * @param fileId 16 hex characters identifying this version of this file (hash of key and content)
 * @param dataset the dataset the file belongs to
 * @param sourceKey the raw file's object key under {@code bronze/}
 * @param sha256 hash of the raw bytes as stored
 * @param sizeBytes size of the raw file
 * @param sourceModifiedAt when the file last changed at its source (Drive or the local folder); decides which of two
 *        files wins for the same natural key
 * @param encoding how the text was read, e.g. {@code utf-8}, {@code utf-8 (BOM)}, {@code utf-8; 3 records windows-1252}
 * @param compression {@code none} or {@code gzip}
 * @param headerColumns how many columns the file's header has
 * @param notes what a person should know about this file's layout and content
 * @param rowsIn data records in the file (blank lines excluded)
 * @param recordsWithIssues records with a structural issue (they will be quarantined)
 * @param bronzeRowsKey where the Bronze rows were written
 */
public record LandedFile(String fileId, Dataset dataset, String sourceKey, String sha256, long sizeBytes,
        Instant sourceModifiedAt, String encoding, String compression, int headerColumns, List<String> notes,
        long rowsIn, long recordsWithIssues, String bronzeRowsKey) {

    private static final DateTimeFormatter PRECEDENCE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    public LandedFile {
        Objects.requireNonNull(fileId, "fileId");
        Objects.requireNonNull(dataset, "dataset");
        notes = List.copyOf(notes);
    }

    /**
     * Orders versions of data: when two files carry the same natural key, the row from the file with the greater
     * precedence wins, whatever order the files arrived in. Source modification time first, file id to break ties.
     */
    public String precedence() {
        return precedence(sourceModifiedAt, fileId);
    }

    public static String precedence(Instant sourceModifiedAt, String fileId) {
        return PRECEDENCE_TIME.format(sourceModifiedAt) + "|" + fileId;
    }

    /** The raw file's name, the last segment of its key. */
    public String fileName() {
        return sourceKey.substring(sourceKey.lastIndexOf('/') + 1);
    }
}
