package org.nhlakehouse.core.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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
     * bytes and then the rest, so a 300 MB PBJ file is fetched from Drive once. A document with a content checksum that
     * Bronze already holds (under any name) is the same file and is not copied again. An entry the source refuses
     * (a link, a folder) is recorded as an empty object carrying the reason, so landing refuses it visibly.
     */
    public Copied copy(SourceDocument document) throws IOException {
        if (document.refusal().isPresent()) {
            String key = "bronze/unrecognized/" + ObjectKeys.safeSegment(document.versionTag()) + "/"
                    + keySegment(document.name());
            if (!store.exists(key)) {
                store.put(key, InputStream.nullInputStream(), Map.of(FileLander.SOURCE_MODIFIED_METADATA,
                        document.modifiedTime().toString(), FileLander.SOURCE_REFUSAL_METADATA,
                        document.refusal().get(), "source-name", ObjectKeys.safeSegment(document.name())));
                return new Copied(document, key, Optional.empty(), false);
            }
            return new Copied(document, key, Optional.empty(), true);
        }
        try (InputStream in = source.open(document)) {
            byte[] head = in.readNBytes(HEADER_BYTES);
            Optional<Dataset> dataset = detect(head, document.name());
            String folder = "bronze/" + dataset.map(Dataset::id).orElse("unrecognized") + "/"
                    + ObjectKeys.safeSegment(document.versionTag()) + "/";
            String key = folder + keySegment(document.name());
            if (store.exists(key)) {
                return new Copied(document, key, dataset, true);
            }
            if (document.md5Checksum().isPresent()) {
                // The folder is named by the content checksum: anything in it is this content under another name.
                try (var same = store.list(folder)) {
                    Optional<String> existing = same.map(o -> o.key()).findFirst();
                    if (existing.isPresent()) {
                        return new Copied(document, existing.get(), dataset, true);
                    }
                }
            }
            store.put(key, new SequenceInputStream(new ByteArrayInputStream(head), in),
                    Map.of(FileLander.SOURCE_MODIFIED_METADATA, document.modifiedTime().toString(),
                            "source-id", document.id(), "source-name",
                            ObjectKeys.safeSegment(document.name())));
            return new Copied(document, key, dataset, false);
        }
    }

    /**
     * A file name as a key segment. When it must be changed to be safe ("PBJ 2022.csv" -> "PBJ_2022.csv"), a hash of
     * the real name is added, so that two names never become one key ("PBJ_2022.csv" stays as it is).
     */
    static String keySegment(String name) {
        String safe = ObjectKeys.safeSegment(name);
        if (safe.equals(name)) {
            return safe;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            String tag = "-" + HexFormat.of().formatHex(digest, 0, 4);
            int dot = safe.lastIndexOf('.');
            String tagged = dot > 0 ? safe.substring(0, dot) + tag + safe.substring(dot) : safe + tag;
            return tagged.length() > 200 ? tagged.substring(tagged.length() - 200) : tagged;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
