package org.nhlakehouse.trino.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the Trino test server read for each query it ran ({@code GET /v1/query}): the physical input bytes, which is
 * what Athena bills (bytes scanned from storage). The server keeps the last queries in memory; take
 * {@link #ids(TrinoLakehouse)} before the work to measure and {@link #since(TrinoLakehouse, Set)} after it.
 */
public final class TrinoQueries {

    /** Athena's price per TB scanned (us-east-1, 2026). */
    public static final double DOLLARS_PER_TB = 5.0;
    /** Athena bills at least 10 MB per query. */
    public static final long ATHENA_MINIMUM_BYTES = 10L * 1000 * 1000;
    private static final long TB = 1L << 40;
    private static final Pattern DATA_SIZE = Pattern.compile("([0-9.]+)(B|kB|MB|GB|TB|PB)");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One finished query: its id, its SQL text and the bytes it read from storage. */
    public record Query(String id, String sql, long physicalInputBytes) {

        /** What Athena would bill for it: its bytes, at least {@link #ATHENA_MINIMUM_BYTES}. */
        public long billedBytes() {
            return Math.max(physicalInputBytes, ATHENA_MINIMUM_BYTES);
        }
    }

    private TrinoQueries() {
    }

    /** The ids of every query the server remembers. */
    public static Set<String> ids(TrinoLakehouse trino) {
        Set<String> ids = new HashSet<>();
        get(trino, "/v1/query").forEach(query -> ids.add(query.path("queryId").asText()));
        return ids;
    }

    /** The queries run since {@code before} was taken, with their statistics. */
    public static List<Query> since(TrinoLakehouse trino, Set<String> before) {
        List<Query> queries = new ArrayList<>();
        for (String id : ids(trino)) {
            if (!before.contains(id)) {
                JsonNode query = get(trino, "/v1/query/" + id);
                queries.add(new Query(id, query.path("query").asText(),
                        bytes(query.path("queryStats").path("physicalInputDataSize").asText("0B"))));
            }
        }
        return queries;
    }

    /** Dollars at {@link #DOLLARS_PER_TB}. */
    public static double dollars(long bytes) {
        return bytes * DOLLARS_PER_TB / TB;
    }

    /** Bytes of an airlift DataSize as Trino writes it ("1.25MB": binary units, two decimals at most). */
    static long bytes(String dataSize) {
        Matcher matcher = DATA_SIZE.matcher(dataSize);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a data size: " + dataSize);
        }
        int power = List.of("B", "kB", "MB", "GB", "TB", "PB").indexOf(matcher.group(2));
        return Math.round(Double.parseDouble(matcher.group(1)) * Math.pow(1024, power));
    }

    private static JsonNode get(TrinoLakehouse trino, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + trino.server().port() + path))
                .header("X-Trino-User", trino.settings().user()).GET().build();
        // HTTP/1.1: the JDK client's default h2c upgrade can misread a large plain HTTP/1.1 answer as HTTP/2 frames.
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + ": HTTP " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted: GET " + path, e);
        }
    }
}
