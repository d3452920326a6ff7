package org.nhlakehouse.dashboard.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The dashboard reads the stack's database prefix and region under the keys the functions read
 * ({@code lakehouse.database-prefix}, {@code lakehouse.region}), and still under the former dashboard-only keys.
 */
class DashboardConfigTest {

    private static DashboardConfig config(Map<String, String> properties) {
        return new SmallRyeConfigBuilder().addDefaultInterceptors().withMapping(DashboardConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100)).build()
                .getConfigMapping(DashboardConfig.class);
    }

    @Test
    void databasePrefix_isTheFunctionsKey_withTheFormerKeyAsAlias() {
        assertThat(config(Map.of()).databasePrefix()).isEqualTo("nhl");
        assertThat(config(Map.of("lakehouse.database-prefix", "prod")).databasePrefix()).isEqualTo("prod");
        assertThat(config(Map.of("lakehouse.athena.prefix", "old")).databasePrefix()).isEqualTo("old");
        assertThat(config(Map.of("lakehouse.database-prefix", "prod", "lakehouse.athena.prefix", "old"))
                .databasePrefix()).isEqualTo("prod");
    }

    @Test
    void region_isTheFunctionsKey_withTheFormerKeyAsAlias() {
        assertThat(config(Map.of("lakehouse.region", "eu-west-1")).region()).isEqualTo("eu-west-1");
        assertThat(config(Map.of("lakehouse.athena.region", "eu-central-1")).region()).isEqualTo("eu-central-1");
        assertThat(config(Map.of("lakehouse.region", "eu-west-1", "lakehouse.athena.region", "eu-central-1"))
                .region()).isEqualTo("eu-west-1");
    }
}
