package org.nhlakehouse.core.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nhlakehouse.core.landing.Dataset;
import org.nhlakehouse.core.landing.FileLander;
import org.nhlakehouse.core.landing.FileRefusedException;
import org.nhlakehouse.core.source.DocumentSource;
import org.nhlakehouse.core.source.SourceDocument;
import org.nhlakehouse.core.storage.ObjectKeys;
import org.nhlakehouse.core.storage.ObjectStore;

/**
 * Copies files from the shared folder (Google Drive on AWS, a local folder locally) into raw Bronze, sorted by what
 * their header says they are: {@code bronze/<dataset>/<version>/<name>}. A file that is no known dataset still lands,
 * under {@code bronze/unrecognized/}, so that landing refuses it with its reason and data health shows it. Copies are
 * streamed and never change; a version already copied is skipped.
 */
public final class Ingest {

    private static final int HEADER_BYTES = 64 * 1024;

    /** What happened to one source document. */
    public record Copied(SourceDocument document, String key, Optional<Dataset> dataset, boolean alreadyPresent) {
    }

    private final DocumentSource source;
    private final ObjectStore store;

    public Ingest(DocumentSource source, ObjectStore store) {
        this.source = source;
        this.store = store;
    }

    /** Copies every document of the source that is not in Bronze yet. */
    public List<Copied> copyAll() throws IOException {
        List<Copied> copied = new ArrayList<>();
        for (SourceDocument document : source.list()) {
            copied.add(copy(document));
        }
        return copied;
    }

    public Copied copy(SourceDocument document) throws IOException {
        Optional<Dataset> dataset = detect(document);
        String key = "bronze/" + dataset.map(Dataset::id).orElse("unrecognized") + "/"
                + ObjectKeys.safeSegment(document.versionTag()) + "/" + ObjectKeys.safeSegment(document.name());
        if (store.exists(key)) {
            return new Copied(document, key, dataset, true);
        }
        try (InputStream in = source.open(document)) {
            store.put(key, in, Map.of(FileLander.SOURCE_MODIFIED_METADATA, document.modifiedTime().toString(),
                    "source-id", document.id(), "source-name", ObjectKeys.safeSegment(document.name())));
        }
        return new Copied(document, key, dataset, false);
    }

    private Optional<Dataset> detect(SourceDocument document) throws IOException {
        byte[] head;
        try (InputStream in = source.open(document)) {
            head = in.readNBytes(HEADER_BYTES);
        }
        try {
            return Optional.of(FileLander.detect(new ByteArrayInputStream(head), document.name()));
        } catch (FileRefusedException e) {
            return Optional.empty();
        } catch (IOException e) {
            // A truncated compressed header: landing will read the whole file and say what is wrong with it.
            return Optional.empty();
        }
    }
}
