package org.nhlakehouse.core.source;

import java.util.List;
import java.util.Objects;

/**
 * Documents added or changed since a checkpoint, and the checkpoint to ask from next time.
 *
 * @param documents new or changed documents still in the folder (removed ones are left out)
 * @param nextCheckpoint an opaque token to pass to {@link DocumentSource#changesSince} next time
 */
public record DocumentChanges(List<SourceDocument> documents, String nextCheckpoint) {
    public DocumentChanges {
        documents = List.copyOf(documents);
        Objects.requireNonNull(nextCheckpoint, "nextCheckpoint");
    }
}
