package org.nhlakehouse.dashboard.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The dashboard's settings ({@code lakehouse.*}; environment variables {@code LAKEHOUSE_*} on Lambda).
 */
@ConfigMapping(prefix = "lakehouse")
public interface DashboardConfig {

    /** Where Gold is read from. */
    enum Engine {
        /** An in-memory DuckDB over the Parquet files that {@code ./lakehouse run} publishes. */
        LOCAL,
        /** Amazon Athena over the stack's Glue databases. */
        ATHENA
    }

    /** {@code local} (published Parquet under the warehouse folder) or {@code athena}. */
    @WithDefault("local")
    Engine engine();

    /** The warehouse folder of local mode (the one {@code ./lakehouse run --warehouse DIR} wrote). */
    @WithDefault("warehouse")
    Path warehouse();

    /**
     * AWS region of the stack (Athena, S3 exports). The functions' key too ({@code LAKEHOUSE_REGION}); the former
     * {@code lakehouse.athena.region} is still read when this one is not set (deprecated).
     */
    @WithDefault("${lakehouse.athena.region:${AWS_REGION:us-east-1}}")
    String region();

    /**
     * The stack's Glue database prefix: Gold is {@code <prefix>_gold}, operations {@code <prefix>_ops}. The functions'
     * key too ({@code LAKEHOUSE_DATABASE_PREFIX}, which template.yaml sets for every function); the former
     * {@code lakehouse.athena.prefix} is still read when this one is not set (deprecated).
     */
    @WithDefault("${lakehouse.athena.prefix:nhl}")
    String databasePrefix();

    Athena athena();

    Cache cache();

    Export export();

    /** Athena mode. */
    interface Athena {
        /** Deprecated alias of {@code lakehouse.region}, read only through {@link DashboardConfig#region()}. */
        @Deprecated
        Optional<String> region();

        /** The Athena workgroup (its bytes-scanned cutoff applies to every dashboard query). */
        @WithDefault("primary")
        String workgroup();

        /**
         * Deprecated alias of {@code lakehouse.database-prefix}, read only through
         * {@link DashboardConfig#databasePrefix()}.
         */
        @Deprecated
        Optional<String> prefix();

        /** An {@code s3://} location for query results, when the workgroup does not enforce its own. */
        Optional<String> outputLocation();

        /**
         * Athena result reuse: identical queries within this many minutes are answered from the earlier result. Set it
         * to the pipeline's refresh interval, so that reuse never serves data older than one refresh.
         */
        @WithDefault("60")
        int resultReuseMinutes();
    }

    /** The result cache. */
    interface Cache {
        /** How long a query result is kept; a finished pipeline run clears the cache sooner. */
        @WithDefault("PT30M")
        Duration ttl();

        /** The most query results kept. */
        @WithDefault("5000")
        long maxEntries();

        /** The most bytes of rendered pages kept (pages are cached too, per URL and data version). */
        @WithDefault("268435456")
        long pageBytes();

        /** Athena mode: how often to ask {@code ops.pipeline_runs} whether a run has finished since. */
        @WithDefault("PT1M")
        Duration versionCheckInterval();
    }

    /** CSV exports. */
    interface Export {
        /**
         * The S3 bucket that receives exports larger than {@link #inlineLimitBytes()}, served through a presigned link
         * (Lambda's response payload is limited to 6 MB). Empty: every export streams in the response (local mode).
         */
        Optional<String> bucket();

        /** Key prefix of exports in the bucket (give it a lifecycle rule). */
        @WithDefault("dashboard-exports/")
        String prefix();

        /** Exports up to this size are returned inline; larger ones go to the bucket. */
        @WithDefault("5000000")
        long inlineLimitBytes();

        /** How long a presigned export link works. */
        @WithDefault("PT15M")
        Duration linkTtl();
    }
}
