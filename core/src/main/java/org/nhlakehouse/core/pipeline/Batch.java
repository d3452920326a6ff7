package org.nhlakehouse.core.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.nhlakehouse.core.landing.Dataset;

/**
 * The landed files a run processes together. The batch id is a hash of the file ids, so a run retried after a crash
 * processes the same batch under the same id, and every step stays idempotent.
 *
 * @param runId the run (the state machine's execution name on AWS)
 * @param now the run's clock reading, written into the rows it touches (UTC)
 * @param files the landed file ids of the batch, per dataset
 */
public record Batch(String runId, LocalDateTime now, Map<Dataset, List<String>> files) {

    public Batch {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(now, "now");
        Map<Dataset, List<String>> copy = new EnumMap<>(Dataset.class);
        files.forEach((dataset, ids) -> {
            if (!ids.isEmpty()) {
                copy.put(dataset, List.copyOf(new TreeSet<>(ids)));
            }
        });
        copy.values().stream().flatMap(List::stream).filter(id -> !id.matches("[0-9a-f]{16}")).findFirst()
                .ifPresent(id -> {
                    throw new IllegalArgumentException("Not a file id: " + id);
                });
        files = Map.copyOf(copy);
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    public boolean has(Dataset dataset) {
        return files.containsKey(dataset);
    }

    public List<String> allFileIds() {
        List<String> all = new ArrayList<>();
        files.values().forEach(all::addAll);
        return List.copyOf(new TreeSet<>(all));
    }

    /** 16 hex characters naming this set of files. */
    public String batchId() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha.digest(String.join(",", allFileIds()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
