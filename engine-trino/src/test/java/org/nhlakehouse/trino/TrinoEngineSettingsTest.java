package org.nhlakehouse.trino;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class TrinoEngineSettingsTest {

    private static final TrinoEngineSettings SETTINGS = TrinoEngineSettings.of("jdbc:trino://127.0.0.1:8080",
            "iceberg", Optional.empty(), "pipeline");

    @Test
    void defaults_areUtc_fourConcurrentQueries_andNoProperties() {
        assertThat(SETTINGS.timeZone()).isEqualTo("UTC");
        assertThat(SETTINGS.maxConcurrentQueries()).isEqualTo(4);
        assertThat(SETTINGS.sessionProperties()).isEmpty();
        assertThat(SETTINGS.connectionProperties()).isEmpty();
    }

    @Test
    void withers_addSessionAndConnectionProperties() {
        TrinoEngineSettings settings = SETTINGS.withSchema("silver")
                .withSessionProperty("query_max_run_time", "2h")
                .withSessionProperty("iceberg.target_max_file_size", "256MB")
                .withConnectionProperty("SSL", "true");

        assertThat(settings.schema()).contains("silver");
        assertThat(settings.sessionProperties()).containsEntry("query_max_run_time", "2h")
                .containsEntry("iceberg.target_max_file_size", "256MB");
        assertThat(settings.connectionProperties()).containsEntry("SSL", "true");
    }

    @Test
    void toString_neverShowsConnectionPropertyValues_norUrlParameters() {
        TrinoEngineSettings settings = TrinoEngineSettings.of("jdbc:trino://trino.example.org:443?password=hunter2",
                "iceberg", Optional.empty(), "pipeline").withConnectionProperty("accessToken", "secret-token");

        assertThat(settings.toString()).doesNotContain("hunter2").doesNotContain("secret-token").contains("accessToken");
    }

    @Test
    void invalidSettings_areRejected() {
        assertThatThrownBy(() -> TrinoEngineSettings.of("jdbc:postgresql://x", "iceberg", Optional.empty(), "u"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrinoEngineSettings.of("jdbc:trino://x", "iceberg; drop", Optional.empty(), "u"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrinoEngineSettings.of("jdbc:trino://x", "iceberg", Optional.of("a.b"), "u"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrinoEngineSettings.of("jdbc:trino://x", "iceberg", Optional.empty(), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SETTINGS.withSessionProperty("bad name", "1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SETTINGS.withConnectionProperty("user", "someone-else"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SETTINGS.withMaxConcurrentQueries(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
