package org.nhlakehouse.functions.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.storage.ObjectStore;
import org.nhlakehouse.functions.wiring.StorageRoot;
import org.nhlakehouse.localrun.LocalLakehouse;

import io.quarkus.arc.properties.IfBuildProperty;

/**
 * The tests' local engine, replacing Athena and S3 when {@code lakehouse.engine=local} (the {@code %test} default):
 * DuckDB and a folder standing in for the bucket, in a temporary directory per application start. Test sources only,
 * so DuckDB never reaches the Lambda package.
 */
@ApplicationScoped
@IfBuildProperty(name = "lakehouse.engine", stringValue = "local")
public class LocalEngineProducers {

    @Produces
    @Singleton
    LocalLakehouse lakehouse() {
        try {
            return LocalLakehouse.open(Files.createTempDirectory("functions-lakehouse-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void close(@Disposes LocalLakehouse lakehouse) {
        lakehouse.close();
        TestFiles.deleteRecursively(lakehouse.directory());
    }

    @Produces
    @Singleton
    SqlEngine engine(LocalLakehouse lakehouse) {
        return lakehouse.engine();
    }

    @Produces
    @Singleton
    ObjectStore store(LocalLakehouse lakehouse) {
        return lakehouse.store();
    }

    @Produces
    @Singleton
    StorageRoot storageRoot(LocalLakehouse lakehouse) {
        return new StorageRoot(lakehouse.store().root().toString());
    }
}
