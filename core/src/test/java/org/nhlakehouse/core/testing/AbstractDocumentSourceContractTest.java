package org.nhlakehouse.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.source.DocumentChanges;
import org.nhlakehouse.core.source.DocumentSource;
import org.nhlakehouse.core.source.SourceDocument;

/**
 * The behaviour every {@link DocumentSource} shares. A subclass provides a source holding exactly the documents it was
 * given, and a way to add one later.
 */
public abstract class AbstractDocumentSourceContractTest {

    /** A source whose folder holds these documents (name to UTF-8 content), modified at the given instant. */
    protected abstract DocumentSource sourceWith(List<String> names, List<String> contents, Instant modified)
            throws Exception;

    /** Adds a document to the folder of the last source created, modified at the given instant. */
    protected abstract void addDocument(String name, String content, Instant modified) throws Exception;

    @Test
    void list_returnsEveryDocument_withNameSizeAndTime() throws Exception {
        Instant modified = Instant.parse("2024-10-31T12:00:00Z");
        DocumentSource source = sourceWith(List.of("a.csv", "b.csv"), List.of("PROVNUM\n015009\n", "x"), modified);

        List<SourceDocument> documents = source.list();
        assertThat(documents).extracting(SourceDocument::name).containsExactly("a.csv", "b.csv");
        SourceDocument a = documents.getFirst();
        assertThat(a.size()).isEqualTo("PROVNUM\n015009\n".length());
        assertThat(a.modifiedTime()).isEqualTo(modified);
        assertThat(a.id()).isNotBlank();
    }

    @Test
    void open_streamsTheContent() throws Exception {
        DocumentSource source = sourceWith(List.of("a.csv"), List.of("PROVNUM\n015009\n"),
                Instant.parse("2024-10-31T12:00:00Z"));
        SourceDocument a = source.list().getFirst();
        try (InputStream in = source.open(a)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("PROVNUM\n015009\n");
        }
    }

    @Test
    void changesSince_aCheckpoint_returnsOnlyNewDocuments() throws Exception {
        DocumentSource source = sourceWith(List.of("old.csv"), List.of("old"), Instant.parse("2024-01-01T00:00:00Z"));
        DocumentChanges first = source.changesSince(Optional.empty());
        assertThat(first.documents()).extracting(SourceDocument::name).containsExactly("old.csv");

        addDocument("new.csv", "new", Instant.parse("2024-11-01T00:00:00Z"));
        DocumentChanges second = source.changesSince(Optional.of(first.nextCheckpoint()));
        assertThat(second.documents()).extracting(SourceDocument::name).containsExactly("new.csv");

        DocumentChanges third = source.changesSince(Optional.of(second.nextCheckpoint()));
        assertThat(third.documents()).isEmpty();
    }
}
