package org.nhlakehouse.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.landing.Dataset;
import org.nhlakehouse.core.source.DocumentSource;
import org.nhlakehouse.core.source.SourceDocument;
import org.nhlakehouse.core.testing.InMemoryObjectStore;
import org.nhlakehouse.core.testing.Samples;

class IngestTest {

    /** A source that counts how often each document is opened and how many bytes were read from it. */
    private static final class CountingSource implements DocumentSource {
        final List<SourceDocument> documents = new ArrayList<>();
        final List<byte[]> contents = new ArrayList<>();
        int opens;

        void add(String name, byte[] content) {
            documents.add(new SourceDocument("id-" + name, name, content.length,
                    Instant.parse("2026-10-01T00:00:00Z"), Optional.of("md5-" + name), "text/csv"));
            contents.add(content);
        }

        @Override
        public String describe() {
            return "counting source";
        }

        @Override
        public List<SourceDocument> list() {
            return documents;
        }

        @Override
        public InputStream open(SourceDocument document) {
            opens++;
            return new ByteArrayInputStream(contents.get(documents.indexOf(document)));
        }
    }

    @Test
    void eachDocumentIsFetchedOnce_andCopiedWhole_underItsDetectedDataset() throws IOException {
        // Larger than the header window, so the copy must join the bytes read for detection with the rest.
        StringBuilder pbj = new StringBuilder(Samples.pbjHeader()).append('\n');
        while (pbj.length() < 300_000) {
            pbj.append(Samples.firstPbjRow()).append('\n');
        }
        byte[] pbjBytes = pbj.toString().getBytes(StandardCharsets.UTF_8);
        byte[] notes = "just some notes\n".getBytes(StandardCharsets.UTF_8);
        CountingSource source = new CountingSource();
        source.add("PBJ_Daily_Nurse_Staffing_Q2_2024.csv", pbjBytes);
        source.add("notes.txt", notes);
        InMemoryObjectStore store = new InMemoryObjectStore();

        List<Ingest.Copied> copied = new Ingest(source, store).copyAll();

        assertThat(source.opens).isEqualTo(2);
        assertThat(copied).extracting(Ingest.Copied::key).containsExactly(
                "bronze/pbj/md5-PBJ_Daily_Nurse_Staffing_Q2_2024.csv/"
                        + "PBJ_Daily_Nurse_Staffing_Q2_2024.csv",
                "bronze/unrecognized/md5-notes.txt/notes.txt");
        assertThat(copied.get(0).dataset()).contains(Dataset.PBJ_DAILY_NURSE_STAFFING);
        assertThat(copied.get(1).dataset()).isEmpty();
        try (InputStream in = store.open(copied.get(0).key())) {
            assertThat(in.readAllBytes()).isEqualTo(pbjBytes);
        }
        try (InputStream in = store.open(copied.get(1).key())) {
            assertThat(in.readAllBytes()).isEqualTo(notes);
        }

        List<Ingest.Copied> again = new Ingest(source, store).copyAll();
        assertThat(again).allMatch(Ingest.Copied::alreadyPresent);
    }
}
