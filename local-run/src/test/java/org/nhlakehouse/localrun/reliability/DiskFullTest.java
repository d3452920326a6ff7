package org.nhlakehouse.localrun.reliability;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.engine.EngineKind;
import org.nhlakehouse.core.landing.FileLander;
import org.nhlakehouse.core.pipeline.FileLog;
import org.nhlakehouse.core.pipeline.Landing;
import org.nhlakehouse.core.pipeline.Warehouse;
import org.nhlakehouse.core.sql.DdlRenderer;
import org.nhlakehouse.core.sql.SqlCatalog;
import org.nhlakehouse.core.sql.WarehouseNames;
import org.nhlakehouse.core.storage.ObjectInfo;
import org.nhlakehouse.core.storage.ObjectOutput;
import org.nhlakehouse.core.storage.ObjectStore;
import org.nhlakehouse.core.testing.Samples;
import org.nhlakehouse.local.DuckDbSqlEngine;
import org.nhlakehouse.local.LocalFsObjectStore;

/** A full disk while landing says that the disk is full, not that the file cannot be read. */
class DiskFullTest {

    @TempDir
    Path dir;

    /** The local store, except that writing a new object fails as a full disk does. */
    private record FullDisk(LocalFsObjectStore store) implements ObjectStore {
        @Override
        public ObjectOutput create(String key, Map<String, String> metadata) throws IOException {
            throw new FileSystemException(store.root().resolve(key).toString(), null, "No space left on device");
        }

        @Override
        public String describe() {
            return store.describe();
        }

        @Override
        public String uri(String key) {
            return store.uri(key);
        }

        @Override
        public Optional<ObjectInfo> head(String key) {
            return store.head(key);
        }

        @Override
        public Stream<ObjectInfo> list(String prefix) {
            return store.list(prefix);
        }

        @Override
        public InputStream open(String key) throws IOException {
            return store.open(key);
        }

        @Override
        public ObjectInfo put(String key, Path source, Map<String, String> metadata) throws IOException {
            return store.put(key, source, metadata);
        }

        @Override
        public ObjectInfo put(String key, InputStream content, Map<String, String> metadata) throws IOException {
            return store.put(key, content, metadata);
        }

        @Override
        public boolean putIfAbsent(String key, byte[] content, Map<String, String> metadata) throws IOException {
            return store.putIfAbsent(key, content, metadata);
        }

        @Override
        public void delete(String key) throws IOException {
            store.delete(key);
        }
    }

    @Test
    void landingOnAFullDisk_saysTheDiskIsFull() throws Exception {
        LocalFsObjectStore local = new LocalFsObjectStore(dir.resolve("objects"));
        local.putBytes("bronze/pbj/v1/q2.csv", Samples.read("PBJ_Daily_Nurse_Staffing_Q2_2024.csv"), Map.of());
        FullDisk full = new FullDisk(local);
        try (DuckDbSqlEngine engine = DuckDbSqlEngine.inMemory()) {
            Warehouse warehouse = new Warehouse(engine, full, SqlCatalog.load(), WarehouseNames.defaults(),
                    new DdlRenderer(EngineKind.DUCKDB, WarehouseNames.defaults(), local.root().toString(), "hive"));
            warehouse.setUp();
            Landing landing = new Landing(warehouse, new FileLander(full, false), new FileLog(warehouse),
                    Clock.systemUTC());

            assertThatThrownBy(() -> landing.land("bronze/pbj/v1/q2.csv", "run"))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageStartingWith("The disk is full")
                    .hasMessageContaining("bronze/pbj/v1/q2.csv")
                    .hasMessageContaining("No space left on device");
        }
    }
}
