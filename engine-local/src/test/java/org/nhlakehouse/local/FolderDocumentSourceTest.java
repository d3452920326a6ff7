package org.nhlakehouse.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
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

    @Test
    void oneDocumentByName_isTheListedOne_andNothingOutsideTheFolder() throws Exception {
        FolderDocumentSource source = (FolderDocumentSource) sourceWith(List.of("a.csv", "b.csv"),
                List.of("x,y\n1,2\n", "z\n"), Instant.parse("2024-01-01T00:00:00Z"));
        assertThat(source.document("b.csv")).isEqualTo(source.list().get(1));
        assertThatThrownBy(() -> source.document("missing.csv")).isInstanceOf(NoSuchFileException.class);
        Files.writeString(folder.resolveSibling(folder.getFileName() + "-outside.csv"), "secret\n");
        assertThatThrownBy(() -> source.document("../" + folder.getFileName() + "-outside.csv"))
                .isInstanceOf(NoSuchFileException.class);
    }

    private void write(String name, String content, Instant modified) throws Exception {
        Path file = Files.writeString(folder.resolve(name), content);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
