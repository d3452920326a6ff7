package org.nhlakehouse.trino;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where and how {@link TrinoSqlEngine} runs statements.
 *
 * @param jdbcUrl the coordinator, e.g. {@code jdbc:trino://trino.example.org:443?SSL=true}; without catalog and schema
 * @param catalog the session catalog, e.g. {@code iceberg}
 * @param schema the session schema, if any; statements may always qualify names as {@code schema.table}
 * @param user the Trino user the statements run as
 * @param sessionProperties Trino session properties set on every connection, e.g. {@code query_max_run_time=2h} or
 *        {@code iceberg.target_max_file_size=256MB}
 * @param connectionProperties further trino-jdbc connection properties (e.g. {@code SSL}, {@code password},
 *        {@code accessToken}); their values are never logged
 * @param timeZone the session time zone; {@code UTC} by default, as on Athena
 * @param maxConcurrentQueries how many statements run at once; later ones wait as {@code QUEUED}
 * @param retainedHandles how many released handles (and their client request tokens) are remembered
 */
public record TrinoEngineSettings(String jdbcUrl, String catalog, Optional<String> schema, String user,
        Map<String, String> sessionProperties, Map<String, String> connectionProperties, String timeZone,
        int maxConcurrentQueries, int retainedHandles) {

    public static final int DEFAULT_MAX_CONCURRENT_QUERIES = 4;
    public static final int DEFAULT_RETAINED_HANDLES = 10_000;

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern SESSION_PROPERTY = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*\\.)?[A-Za-z_][A-Za-z0-9_]*");
    /** Set by this engine itself, from the settings above. */
    private static final Set<String> RESERVED_CONNECTION_PROPERTIES = Set.of("user",
            "sessionProperties", "timezone", "source");

    public TrinoEngineSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (!jdbcUrl.startsWith("jdbc:trino://")) {
            throw new IllegalArgumentException("A Trino JDBC URL starts with jdbc:trino://");
        }
        requireName("catalog", catalog);
        Objects.requireNonNull(schema, "schema").ifPresent(s -> requireName("schema", s));
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("A Trino user is required");
        }
        sessionProperties = Map.copyOf(sessionProperties);
        sessionProperties.keySet().forEach(name -> {
            if (!SESSION_PROPERTY.matcher(name).matches()) {
                throw new IllegalArgumentException("Not a session property name: " + name);
            }
        });
        connectionProperties = Map.copyOf(connectionProperties);
        connectionProperties.keySet().forEach(name -> {
            if (RESERVED_CONNECTION_PROPERTIES.contains(name)) {
                throw new IllegalArgumentException("Set " + name + " through the settings, not as a connection property");
            }
        });
        Objects.requireNonNull(timeZone, "timeZone");
        ZoneId.of(timeZone);
        if (maxConcurrentQueries < 1) {
            throw new IllegalArgumentException("maxConcurrentQueries must be at least 1");
        }
        if (retainedHandles < 1) {
            throw new IllegalArgumentException("retainedHandles must be at least 1");
        }
    }

    /** Settings with defaults: no session or connection properties, UTC, four statements at once. */
    public static TrinoEngineSettings of(String jdbcUrl, String catalog, Optional<String> schema, String user) {
        return new TrinoEngineSettings(jdbcUrl, catalog, schema, user, Map.of(), Map.of(), "UTC",
                DEFAULT_MAX_CONCURRENT_QUERIES, DEFAULT_RETAINED_HANDLES);
    }

    public TrinoEngineSettings withSchema(String newSchema) {
        return new TrinoEngineSettings(jdbcUrl, catalog, Optional.of(newSchema), user, sessionProperties,
                connectionProperties, timeZone, maxConcurrentQueries, retainedHandles);
    }

    public TrinoEngineSettings withSessionProperty(String name, String value) {
        Map<String, String> properties = new LinkedHashMap<>(sessionProperties);
        properties.put(name, Objects.requireNonNull(value, "value"));
        return new TrinoEngineSettings(jdbcUrl, catalog, schema, user, properties, connectionProperties, timeZone,
                maxConcurrentQueries, retainedHandles);
    }

    public TrinoEngineSettings withConnectionProperty(String name, String value) {
        Map<String, String> properties = new LinkedHashMap<>(connectionProperties);
        properties.put(name, Objects.requireNonNull(value, "value"));
        return new TrinoEngineSettings(jdbcUrl, catalog, schema, user, sessionProperties, properties, timeZone,
                maxConcurrentQueries, retainedHandles);
    }

    public TrinoEngineSettings withMaxConcurrentQueries(int max) {
        return new TrinoEngineSettings(jdbcUrl, catalog, schema, user, sessionProperties, connectionProperties,
                timeZone, max, retainedHandles);
    }

    public TrinoEngineSettings withRetainedHandles(int retained) {
        return new TrinoEngineSettings(jdbcUrl, catalog, schema, user, sessionProperties, connectionProperties,
                timeZone, maxConcurrentQueries, retained);
    }

    /** Names the settings without connection property values or URL parameters, which may hold credentials. */
    @Override
    public String toString() {
        int query = jdbcUrl.indexOf('?');
        String url = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query) + "?...";
        return "TrinoEngineSettings[jdbcUrl=" + url + ", catalog=" + catalog + ", schema=" + schema.orElse("")
                + ", user=" + user + ", sessionProperties=" + sessionProperties + ", connectionProperties="
                + connectionProperties.keySet() + ", timeZone=" + timeZone + ", maxConcurrentQueries="
                + maxConcurrentQueries + ", retainedHandles=" + retainedHandles + "]";
    }

    private static void requireName(String what, String value) {
        if (value == null || !NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a " + what + " name: " + value);
        }
    }
}
