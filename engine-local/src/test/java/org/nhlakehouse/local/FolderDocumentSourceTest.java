package org.nhlakehouse.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.nhlakehouse.core.source.DocumentSource;
import org.nhlakehouse.core.testing.AbstractDocumentSourceContractTest;

class FolderDocumentSourceTest extends AbstractDocumentSourceContractTest {

    private Path folder;

    @Override
    protected DocumentSource sourceWith(List<String> names, List<String> contents, Instant modified) throws Exception {
        folder = Files.createTempDirectory("folder-source");
        for (int i = 0; i < names.size(); i++) {
            write(names.get(i), contents.get(i), modified);
        }
        return new FolderDocumentSource(folder);
    }

    @Override
    protected void addDocument(String name, String content, Instant modified) throws Exception {
        write(name, content, modified);
    }

    private void write(String name, String content, Instant modified) throws Exception {
        Path file = Files.writeString(folder.resolve(name), content);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
