package org.nhlakehouse.functions.drive;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jboss.logging.Logger;
import org.nhlakehouse.core.landing.Dataset;
import org.nhlakehouse.core.pipeline.Ingest;
import org.nhlakehouse.core.source.DocumentChanges;
import org.nhlakehouse.core.source.DocumentSource;
import org.nhlakehouse.core.source.SourceDocument;
import org.nhlakehouse.core.storage.ObjectStore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One scheduled poll of the shared folder: asks the source what changed since the checkpoint kept in the bucket
 * (Drive's Changes API page token), copies those documents into raw Bronze with {@link Ingest} (streamed; a version
 * already copied is skipped), and only then moves the checkpoint on. A poll that fails part-way leaves the checkpoint
 * where it was, so the next poll asks again and copies what is still missing.
 *
 * <p>
 * The checkpoint names the source it belongs to: pointing the stack at another folder starts over with a full listing
 * instead of following the old folder's token.
 */
public final class DrivePoll {

    private static final Logger LOG = Logger.getLogger(DrivePoll.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DocumentSource source;
    private final ObjectStore store;
    private final String checkpointKey;
    private final Clock clock;

    public DrivePoll(DocumentSource source, ObjectStore store, String checkpointKey, Clock clock) {
        this.source = source;
        this.store = store;
        this.checkpointKey = checkpointKey;
        this.clock = clock;
    }

    /** What one poll did. */
    public record Result(String source, Optional<String> previousCheckpoint, String checkpoint,
            List<Ingest.Copied> copied) {

        public long newCopies() {
            return copied.stream().filter(c -> !c.alreadyPresent()).count();
        }

        public JsonNode toJson() {
            ObjectNode out = JSON.createObjectNode().put("source", source).put("documents", copied.size())
                    .put("copied", newCopies()).put("fullListing", previousCheckpoint.isEmpty());
            for (Ingest.Copied c : copied) {
                out.withArray("objects").addObject().put("key", c.key())
                        .put("dataset", c.dataset().map(Dataset::id).orElse("unrecognized"))
                        .put("alreadyPresent", c.alreadyPresent());
            }
            return out;
        }
    }

    public Result poll() throws IOException {
        Optional<String> checkpoint = readCheckpoint();
        DocumentChanges changes = source.changesSince(checkpoint);
        Ingest ingest = new Ingest(source, store);
        List<Ingest.Copied> copied = new ArrayList<>();
        for (SourceDocument document : changes.documents()) {
            Ingest.Copied one = ingest.copy(document);
            LOG.infof("%s %s (%s) as %s", one.alreadyPresent() ? "Already had" : "Copied", document.name(),
                    document.id(), one.key());
            copied.add(one);
        }
        writeCheckpoint(changes.nextCheckpoint());
        return new Result(source.describe(), checkpoint, changes.nextCheckpoint(), copied);
    }

    private Optional<String> readCheckpoint() throws IOException {
        if (!store.exists(checkpointKey)) {
            return Optional.empty();
        }
        JsonNode saved = JSON.readTree(store.readAllBytes(checkpointKey));
        if (!source.describe().equals(saved.path("source").asText())) {
            LOG.infof("The checkpoint in %s is for %s, not %s: listing the whole folder", checkpointKey,
                    saved.path("source").asText(), source.describe());
            return Optional.empty();
        }
        String token = saved.path("checkpoint").asText("");
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private void writeCheckpoint(String next) throws IOException {
        ObjectNode content = JSON.createObjectNode().put("source", source.describe()).put("checkpoint", next)
                .put("updatedAt", clock.instant().toString());
        store.putBytes(checkpointKey, JSON.writeValueAsBytes(content), Map.of());
    }
}
