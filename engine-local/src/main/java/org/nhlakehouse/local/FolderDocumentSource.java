package org.nhlakehouse.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.nhlakehouse.core.source.DocumentSource;
import org.nhlakehouse.core.source.SourceDocument;
import org.nhlakehouse.core.storage.NoSuchObjectException;

/**
 * A local folder standing in for the shared Google Drive folder: every non-hidden entry in it. Regular files are
 * documents, with their content's MD5 as checksum (as Drive gives for uploaded files); anything else (a symbolic link,
 * a folder, a device or pipe) is listed as refused and never followed or read: a link to {@code /etc/passwd} must not
 * reach the warehouse. A {@link ChecksumCache} spares hashing again the files unchanged since an earlier listing.
 */
public final class FolderDocumentSource implements DocumentSource {

    private final Path folder;
    private final ChecksumCache checksums;
    private int filesHashed;

    public FolderDocumentSource(Path folder) {
        this(folder, ChecksumCache.none());
    }

    public FolderDocumentSource(Path folder, ChecksumCache checksums) {
        this.folder = folder.toAbsolutePath().normalize();
        this.checksums = checksums;
    }

    /** How many files this source has read to compute their MD5 (the others came from its checksum cache). */
    public int filesHashed() {
        return filesHashed;
    }

    @Override
    public String describe() {
        return folder.toString();
    }

    @Override
    public List<SourceDocument> list() throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "not a folder");
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<SourceDocument> documents = files.filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted()
                    .map(this::document)
                    .toList();
            checksums.save();
            return documents;
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** One document of the folder by its file name, without listing (and checksumming) the others. */
    public SourceDocument document(String name) throws IOException {
        Path file = folder.resolve(name).normalize();
        if (!file.getParent().equals(folder) || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new NoSuchFileException(file.toString(), null, "not a file of " + folder);
        }
        try {
            SourceDocument document = document(file);
            checksums.save();
            return document;
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public InputStream open(SourceDocument document) throws IOException {
        Path file = folder.resolve(document.id()).normalize();
        if (!file.getParent().equals(folder)) {
            throw new IllegalArgumentException("Not a document of " + folder + ": " + document.id());
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException("Not a regular file of " + folder + ": " + document.id());
        }
        try {
            return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw new NoSuchObjectException(describe(), document.id());
        }
    }

    private SourceDocument document(Path file) {
        try {
            String name = file.getFileName().toString();
            Instant modified = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return new SourceDocument(name, name, 0, modified, Optional.empty(), "application/octet-stream",
                        Optional.of(notRegular(file)));
            }
            return new SourceDocument(name, name, Files.size(file), modified, Optional.of(checksums.md5(file, this::md5)),
                    mimeType(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String notRegular(Path file) {
        String kind = Files.isSymbolicLink(file) ? "a symbolic link"
                : Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) ? "a folder" : "not a regular file (a device or pipe)";
        return "it is " + kind + " in the input folder; only regular files are read, links are never followed";
    }

    private String md5(Path file) throws IOException {
        filesHashed++;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0;) {
                md5.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(md5.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String mimeType(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return "text/csv";
        }
        if (lower.endsWith(".gz")) {
            return "application/gzip";
        }
        if (lower.endsWith(".zip") || lower.endsWith(".xlsx")) {
            return "application/zip";
        }
        return "application/octet-stream";
    }
}
