package org.nhlakehouse.functions.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.nhlakehouse.aws.athena.AthenaSettings;
import org.nhlakehouse.aws.athena.AthenaSqlEngine;
import org.nhlakehouse.aws.s3.S3ObjectStore;
import org.nhlakehouse.aws.s3.S3Settings;
import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.pipeline.Warehouse;
import org.nhlakehouse.core.sql.DdlRenderer;
import org.nhlakehouse.core.sql.SqlCatalog;
import org.nhlakehouse.core.sql.WarehouseNames;
import org.nhlakehouse.core.storage.ObjectStore;
import org.nhlakehouse.functions.config.LakehouseConfig;

import io.quarkus.arc.DefaultBean;

/**
 * The warehouse on AWS: Athena over the stack's Glue databases ({@code <prefix>_bronze|silver|gold|ops}), the S3
 * bucket as object store, and the DDL rendered for Athena with {@code s3://<bucket>} as storage root. The engine, store
 * and root are default beans: the tests' local engine (DuckDB over a folder, test sources only) replaces them.
 *
 * <p>
 * Every bean is created on first use, so a function builds only the clients its handler needs (the Drive poll never
 * builds an Athena client).
 */
@ApplicationScoped
public class WarehouseProducers {

    @Produces
    @Singleton
    @DefaultBean
    ObjectStore objectStore(LakehouseConfig config, AwsClients clients) {
        return S3ObjectStore.create(clients.s3(),
                S3Settings.of(config.bucket()).withPathStyleAccess(config.endpoints().s3PathStyle()));
    }

    @Produces
    @Singleton
    @DefaultBean
    SqlEngine sqlEngine(LakehouseConfig config, AwsClients clients) {
        WarehouseNames names = names(config);
        // Statements name their databases; the default database only resolves names a statement leaves bare. The
        // workgroup enforces the result location, so none is passed here.
        return AthenaSqlEngine.create(clients.athena(), AthenaSettings.of(config.athena().workgroup(), names.bronze())
                .withResultReuse(config.athena().resultReuseMinutes()));
    }

    @Produces
    @Singleton
    @DefaultBean
    StorageRoot storageRoot(LakehouseConfig config) {
        return new StorageRoot("s3://" + config.bucket());
    }

    @Produces
    @Singleton
    Warehouse warehouse(SqlEngine engine, ObjectStore store, StorageRoot root, LakehouseConfig config) {
        WarehouseNames names = names(config);
        return new Warehouse(engine, store, SqlCatalog.load(), names,
                new DdlRenderer(engine.kind(), names, root.uri(), "hive"));
    }

    static WarehouseNames names(LakehouseConfig config) {
        return WarehouseNames.prefixed(config.databasePrefix());
    }
}
