package org.nhlakehouse.functions.config;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The functions' configuration. On AWS every value comes from an environment variable that template.yaml sets
 * (Quarkus maps {@code LAKEHOUSE_ATHENA_WORKGROUP} to {@code lakehouse.athena.workgroup}); tests set them in
 * {@code application.properties} and test profiles.
 */
@ConfigMapping(prefix = "lakehouse")
public interface LakehouseConfig {

    /**
     * Which engine runs the SQL and which store holds the objects: {@code athena} (Athena over the S3 bucket) on AWS;
     * {@code local} (DuckDB over a folder) only in this module's tests, where the test sources provide it: DuckDB never
     * ships inside the Lambda package. Read when the application is built.
     */
    @WithDefault("athena")
    Engine engine();

    /** The AWS region of the stack; Lambda sets {@code AWS_REGION}. */
    @WithDefault("${AWS_REGION:us-east-1}")
    String region();

    /** The lakehouse bucket: raw files under bronze/, Bronze rows, Iceberg tables, Athena results, ops state. */
    String bucket();

    /**
     * The prefix of the stack's Glue databases: {@code <prefix>_bronze}, {@code _silver}, {@code _gold}, {@code _ops}
     * (lower-case letters, digits and '_', as Glue and Athena need).
     */
    @WithDefault("nhl")
    String databasePrefix();

    /** Gzip the Bronze rows that landing writes (smaller S3 objects, less for Athena to scan). */
    @WithDefault("true")
    boolean compressBronzeRows();

    /** How long a run may hold the pipeline lease before another run may take it over (a crashed run's lease). */
    @WithDefault("PT2H")
    Duration leaseTtl();

    /** The pipeline state machine that startPipeline starts; required by that handler only. */
    Optional<String> stateMachineArn();

    Athena athena();

    Notifications notifications();

    Drive drive();

    /** Endpoint overrides per AWS service: loopback servers in tests, VPC endpoints if needed; empty on AWS. */
    Endpoints endpoints();

    enum Engine {
        ATHENA,
        LOCAL
    }

    interface Athena {
        /** The stack's Athena workgroup; it enforces the result location and the bytes-scanned cutoff. */
        @WithDefault("nh-lakehouse")
        String workgroup();

        /**
         * Reuse an identical query's results up to this many minutes old (Athena result reuse); 0 turns it off. The
         * pipeline keeps it off: a data-quality check must always look at the data as it is now.
         */
        @WithDefault("0")
        int resultReuseMinutes();
    }

    interface Notifications {
        /** The SNS topic told about failed runs; without one, failures are only logged. */
        Optional<String> topicArn();
    }

    interface Drive {
        /** The shared Google Drive folder that CMS files are dropped into (the id in its URL). */
        Optional<String> folderId();

        /** The shared drive holding the folder, when it is on one. */
        Optional<String> sharedDriveId();

        /**
         * The Secrets Manager secret (ARN) holding the service account's JSON key, with which the folder is shared
         * read-only. The key is read at run time and never logged.
         */
        Optional<String> secretArn();

        /** Where the poll keeps the Drive Changes API page token between runs. */
        @WithDefault("ops/drive/checkpoint.json")
        String checkpointKey();

        /** The Drive API's root URL; empty for Google's. Tests point it at a local server. */
        Optional<URI> rootUrl();
    }

    interface Endpoints {
        Optional<URI> s3();

        /** Address the bucket as {@code endpoint/bucket} (local S3-compatible servers); never needed on AWS. */
        @WithDefault("false")
        boolean s3PathStyle();

        Optional<URI> athena();

        Optional<URI> stepFunctions();

        Optional<URI> sns();

        Optional<URI> secretsManager();
    }
}
