package org.nhlakehouse.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.nhlakehouse.core.source.DocumentSource;
import org.nhlakehouse.core.source.SourceDocument;
import org.nhlakehouse.core.storage.NoSuchObjectException;

/** A local folder standing in for the shared Google Drive folder: every regular, non-hidden file in it. */
public final class FolderDocumentSource implements DocumentSource {

    private final Path folder;

    public FolderDocumentSource(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
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
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .sorted()
                    .map(FolderDocumentSource::document)
                    .toList();
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
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchObjectException(describe(), document.id());
        }
    }

    private static SourceDocument document(Path file) {
        try {
            String name = file.getFileName().toString();
            return new SourceDocument(name, name, Files.size(file), Files.getLastModifiedTime(file).toInstant(),
                    Optional.empty(), mimeType(name));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
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
