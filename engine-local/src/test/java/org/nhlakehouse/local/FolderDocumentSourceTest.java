package org.nhlakehouse.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.source.DocumentSource;
import org.nhlakehouse.core.source.SourceDocument;
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

    @Test
    void withAChecksumCache_anUnchangedFileIsNotReadAgain_andAChangedOneIs() throws Exception {
        Instant old = Instant.parse("2024-01-01T00:00:00Z");
        sourceWith(List.of("a.csv", "b.csv"), List.of("x,y\n1,2\n", "z\n"), old);
        Path warehouse = Files.createTempDirectory("warehouse");
        // An hour from now: the files, changed (ctime) a moment ago, are not "racily clean" then.
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofHours(1));
        FolderDocumentSource first = new FolderDocumentSource(folder, ChecksumCache.in(warehouse, later));
        List<SourceDocument> listed = first.list();
        assertThat(first.filesHashed()).isEqualTo(2);

        FolderDocumentSource second = new FolderDocumentSource(folder, ChecksumCache.in(warehouse, later));
        assertThat(second.list()).isEqualTo(listed);
        assertThat(second.filesHashed()).as("both came from the cache").isZero();

        // Same name, same size, same modification time put back: only its status-change time tells. (The kernel stamps
        // times with a coarse clock: a rewrite within the same tick is the racy case the real clock guards against.)
        Thread.sleep(50);
        write("a.csv", "x,y\n3,4\n", old);
        FolderDocumentSource third = new FolderDocumentSource(folder, ChecksumCache.in(warehouse, later));
        List<SourceDocument> afterChange = third.list();
        assertThat(third.filesHashed()).isOne();
        assertThat(afterChange.get(0).md5Checksum()).isNotEqualTo(listed.get(0).md5Checksum())
                .isEqualTo(new FolderDocumentSource(folder).list().get(0).md5Checksum());
        assertThat(afterChange.get(1)).isEqualTo(listed.get(1));
    }

    @Test
    void aFileChangedMomentsBeforeItIsHashed_isNotCached() throws Exception {
        sourceWith(List.of("fresh.csv"), List.of("x\n"), Instant.now());
        Path warehouse = Files.createTempDirectory("warehouse");
        new FolderDocumentSource(folder, ChecksumCache.in(warehouse, Clock.systemUTC())).list();

        FolderDocumentSource again = new FolderDocumentSource(folder, ChecksumCache.in(warehouse, Clock.systemUTC()));
        again.list();

        assertThat(again.filesHashed()).as("racily clean: a write in the same clock tick could go unseen").isOne();
    }

    @Test
    void anUnreadableCache_isIgnored() throws Exception {
        sourceWith(List.of("a.csv"), List.of("x\n"), Instant.parse("2024-01-01T00:00:00Z"));
        Path warehouse = Files.createTempDirectory("warehouse");
        Files.writeString(warehouse.resolve(ChecksumCache.FILE), "{not json");
        FolderDocumentSource source = new FolderDocumentSource(folder, ChecksumCache.in(warehouse, Clock.systemUTC()));

        assertThat(source.list().get(0).md5Checksum()).isEqualTo(new FolderDocumentSource(folder).list().get(0)
                .md5Checksum());
    }

    private void write(String name, String content, Instant modified) throws Exception {
        Path file = Files.writeString(folder.resolve(name), content);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
