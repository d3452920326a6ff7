package org.nhlakehouse.core.source;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A file in the shared source folder.
 *
 * @param id the source's stable id (a Drive file id; the file name for a local folder)
 * @param name the file name as people see it
 * @param size bytes, or -1 when the source does not know (Google-native documents)
 * @param modifiedTime when the file was last changed at the source
 * @param md5Checksum the source's content hash when it has one (Drive fills it for binary files only)
 * @param mimeType the source's content type
 * @param refusal why the source will not hand over this entry's content (e.g. a symbolic link in a local folder); it
 *        is recorded as a refused file with this reason, its content never read
 */
public record SourceDocument(String id, String name, long size, Instant modifiedTime, Optional<String> md5Checksum,
        String mimeType, Optional<String> refusal) {

    public SourceDocument(String id, String name, long size, Instant modifiedTime, Optional<String> md5Checksum,
            String mimeType) {
        this(id, name, size, modifiedTime, md5Checksum, mimeType, Optional.empty());
    }

    public SourceDocument {
        Objects.requireNonNull(refusal, "refusal");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(modifiedTime, "modifiedTime");
        Objects.requireNonNull(md5Checksum, "md5Checksum");
        Objects.requireNonNull(mimeType, "mimeType");
    }

    /** A version tag for dedupe: the content hash when known, else the modification time. */
    public String versionTag() {
        return md5Checksum.orElse("mtime-" + modifiedTime.toEpochMilli());
    }
}
