package org.nhlakehouse.core.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The shared folder that CMS files are dropped into: a Google Drive folder on AWS, a local folder in local mode.
 */
public interface DocumentSource {

    /** A human-readable location, e.g. {@code drive folder 1AbC...} or {@code /data/cms}. */
    String describe();

    /** Every document currently in the folder, in name order. */
    List<SourceDocument> list() throws IOException;

    /** Opens a document's content for reading (streamed, never buffered whole). */
    InputStream open(SourceDocument document) throws IOException;

    /**
     * Documents added or changed since a checkpoint; with no checkpoint, every document. The default compares
     * modification times; Drive overrides it with the Changes API.
     */
    default DocumentChanges changesSince(Optional<String> checkpoint) throws IOException {
        List<SourceDocument> all = list();
        long since = checkpoint.map(Long::parseLong).orElse(Long.MIN_VALUE);
        List<SourceDocument> changed = all.stream().filter(d -> d.modifiedTime().toEpochMilli() > since).toList();
        long newest = all.stream().mapToLong(d -> d.modifiedTime().toEpochMilli()).max().orElse(since);
        return new DocumentChanges(changed, Long.toString(Math.max(newest, since == Long.MIN_VALUE ? 0 : since)));
    }
}
