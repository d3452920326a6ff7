package org.nhlakehouse.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.storage.ObjectStore;
import org.nhlakehouse.core.testing.AbstractObjectStoreContractTest;

class LocalFsObjectStoreTest extends AbstractObjectStoreContractTest {

    @Override
    protected ObjectStore store() throws Exception {
        return new LocalFsObjectStore(Files.createTempDirectory(scratch, "store"));
    }

    @Test
    void objectsArePlainFiles_andSidecarsStayOutOfListings() throws Exception {
        LocalFsObjectStore store = new LocalFsObjectStore(scratch.resolve("objects"));
        store.putBytes("bronze/pbj/a.csv", "x".getBytes(), Map.of("Source-Modified", "2024"));

        assertThat(Files.readString(store.pathOf("bronze/pbj/a.csv"))).isEqualTo("x");
        assertThat(store.uri("bronze/pbj/a.csv")).isEqualTo(store.pathOf("bronze/pbj/a.csv").toString());
        assertThat(store.list("")).extracting(o -> o.key()).containsExactly("bronze/pbj/a.csv");
        assertThat(store.head("bronze/pbj/a.csv").orElseThrow().metadata()).containsEntry("source-modified", "2024");
    }
}
