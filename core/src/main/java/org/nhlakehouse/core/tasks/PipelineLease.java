package org.nhlakehouse.core.tasks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nhlakehouse.core.storage.ObjectInfo;
import org.nhlakehouse.core.storage.ObjectStore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One pipeline run at a time writes to the Silver and Gold tables (Iceberg takes one writer per table), so a run holds
 * a lease while it processes its batch. The lease is a chain of objects, {@code ops/locks/pipeline/<generation>.json},
 * each created only if absent (S3 conditional writes): taking over the lease means creating the next generation,
 * which exactly one contender can do. A generation is free when it says released or its time is up (a crashed run
 * frees the lease after its TTL). Re-acquiring one's own lease succeeds, so a retried task is harmless.
 *
 * <p>
 * Locally a run is a process: with {@code processBound}, a generation also records the process that wrote it, and a
 * lease whose process has died on this host is free at once (a killed {@code lakehouse run} does not block the next
 * one for the TTL).
 */
public final class PipelineLease {

    static final String PREFIX = "ops/locks/pipeline/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int KEEP_GENERATIONS = 10;
    private static final String HOST = hostName();

    private final ObjectStore store;
    private final Duration timeToLive;
    private final boolean processBound;

    public PipelineLease(ObjectStore store, Duration timeToLive, boolean processBound) {
        this.store = store;
        this.timeToLive = timeToLive;
        this.processBound = processBound;
    }

    /** Takes the lease for {@code owner}, or returns false when another live owner holds it. */
    public boolean tryAcquire(String owner, Instant now) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<Generation> current = current();
            if (current.isPresent() && current.get().heldBy(owner, now)) {
                return true;
            }
            if (current.isPresent() && current.get().isLive(now)) {
                return false;
            }
            long next = current.map(g -> g.number + 1).orElse(1L);
            if (write(next, owner, false, now)) {
                prune(next);
                return true;
            }
            // Another contender created that generation first: look again.
        }
        return false;
    }

    /**
     * Keeps the lease of a run that is still working: once half its time to live has passed, writes a new generation
     * for {@code owner}. Returns false when the lease is no longer the owner's (another run took it over, or it was
     * released): the owner must then stop writing. A lease whose time ran out but that nobody took over is still the
     * owner's to renew (the conditional create keeps a contender from taking it at the same moment).
     */
    public boolean renew(String owner, Instant now) {
        for (int attempt = 0; attempt < 5; attempt++) {
            Optional<Generation> current = current();
            if (current.isEmpty() || !current.get().owner.equals(owner) || current.get().released) {
                return false;
            }
            if (now.isBefore(current.get().expiresAt.minus(timeToLive.dividedBy(2)))) {
                return true;
            }
            if (write(current.get().number + 1, owner, false, now)) {
                prune(current.get().number + 1);
                return true;
            }
            // A contender took over the expired generation first: look again (it is no longer ours).
        }
        return false;
    }

    /** Frees the lease if {@code owner} holds it. */
    public void release(String owner, Instant now) {
        Optional<Generation> current = current();
        if (current.isPresent() && current.get().owner.equals(owner) && !current.get().released) {
            write(current.get().number + 1, owner, true, now);
        }
    }

    /** Who holds the lease now, if anyone. */
    public Optional<String> holder(Instant now) {
        return current().filter(g -> g.isLive(now)).map(g -> g.owner);
    }

    private Optional<Generation> current() {
        List<ObjectInfo> generations;
        try (var objects = store.list(PREFIX)) {
            generations = objects.toList();
        }
        if (generations.isEmpty()) {
            return Optional.empty();
        }
        ObjectInfo last = generations.getLast();
        try {
            JsonNode content = JSON.readTree(store.readAllBytes(last.key()));
            boolean processGone = content.has("pid") && content.path("host").asText().equals(HOST)
                    && ProcessHandle.of(content.path("pid").asLong()).map(p -> !p.isAlive()).orElse(true);
            return Optional.of(new Generation(number(last.key()), content.path("owner").asText(),
                    content.path("released").asBoolean() || processGone,
                    Instant.parse(content.path("expires_at").asText())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the pipeline lease " + last.key(), e);
        }
    }

    private boolean write(long generation, String owner, boolean released, Instant now) {
        ObjectNode content = JSON.createObjectNode().put("owner", owner).put("released", released)
                .put("written_at", now.toString()).put("expires_at", now.plus(timeToLive).toString());
        if (processBound) {
            content.put("host", HOST).put("pid", ProcessHandle.current().pid());
        }
        try {
            return store.putIfAbsent(key(generation), JSON.writeValueAsBytes(content), Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the pipeline lease", e);
        }
    }

    private void prune(long newest) {
        try (var objects = store.list(PREFIX)) {
            for (ObjectInfo old : objects.toList()) {
                if (number(old.key()) <= newest - KEEP_GENERATIONS) {
                    store.delete(old.key());
                }
            }
        } catch (IOException e) {
            // Old generations are only clutter; a failed clean-up never matters to the lease itself.
        }
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }

    private static String key(long generation) {
        return PREFIX + String.format("%020d", generation) + ".json";
    }

    private static long number(String key) {
        return Long.parseLong(key.substring(PREFIX.length(), key.length() - ".json".length()));
    }

    private record Generation(long number, String owner, boolean released, Instant expiresAt) {
        boolean isLive(Instant now) {
            return !released && now.isBefore(expiresAt);
        }

        boolean heldBy(String candidate, Instant now) {
            return owner.equals(candidate) && isLive(now);
        }
    }
}
