package org.nhlakehouse.core.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
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

    /**
     * Opens the document once: its first bytes say which dataset it is (and so its key), and the copy streams those
     * bytes and then the rest, so a 300 MB PBJ file is fetched from Drive once.
     */
    public Copied copy(SourceDocument document) throws IOException {
        try (InputStream in = source.open(document)) {
            byte[] head = in.readNBytes(HEADER_BYTES);
            Optional<Dataset> dataset = detect(head, document.name());
            String key = "bronze/" + dataset.map(Dataset::id).orElse("unrecognized") + "/"
                    + ObjectKeys.safeSegment(document.versionTag()) + "/" + ObjectKeys.safeSegment(document.name());
            if (store.exists(key)) {
                return new Copied(document, key, dataset, true);
            }
            store.put(key, new SequenceInputStream(new ByteArrayInputStream(head), in),
                    Map.of(FileLander.SOURCE_MODIFIED_METADATA, document.modifiedTime().toString(),
                            "source-id", document.id(), "source-name", ObjectKeys.safeSegment(document.name())));
            return new Copied(document, key, dataset, false);
        }
    }

    private static Optional<Dataset> detect(byte[] head, String name) {
        try {
            return Optional.of(FileLander.detect(new ByteArrayInputStream(head), name));
        } catch (FileRefusedException e) {
            return Optional.empty();
        } catch (IOException e) {
            // A truncated compressed header: landing will read the whole file and say what is wrong with it.
            return Optional.empty();
        }
    }
}
