package org.nhlakehouse.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.core.storage.ObjectInfo;
import org.nhlakehouse.core.storage.ObjectOutput;
import org.nhlakehouse.core.storage.ObjectStore;

/**
 * The behaviour every {@link ObjectStore} shares. Adapter modules subclass it with their implementation; each test
 * gets a fresh, empty store.
 */
public abstract class AbstractObjectStoreContractTest {

    @TempDir
    protected Path scratch;

    /** A fresh, empty store. */
    protected abstract ObjectStore store() throws Exception;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void put_thenOpen_returnsTheSameBytes_andHeadDescribesThem() throws Exception {
        ObjectStore store = store();
        byte[] content = utf8("PROVNUM,WorkDate\n015009,20240401\n");
        ObjectInfo written = store.putBytes("bronze/pbj/q2.csv", content, Map.of("source-modified", "2024-10-31"));

        assertThat(store.readAllBytes("bronze/pbj/q2.csv")).isEqualTo(content);
        ObjectInfo head = store.head("bronze/pbj/q2.csv").orElseThrow();
        assertThat(head.key()).isEqualTo("bronze/pbj/q2.csv");
        assertThat(head.size()).isEqualTo(content.length);
        assertThat(head.etag()).isNotBlank().isEqualTo(written.etag());
        assertThat(head.metadata()).containsEntry("source-modified", "2024-10-31");
    }

    @Test
    void put_fromFile_streamsLargeContent() throws Exception {
        ObjectStore store = store();
        Path file = scratch.resolve("big.csv");
        byte[] line = utf8("015009,20240401,53,1.5,2.25\n");
        try (var out = Files.newOutputStream(file)) {
            for (int i = 0; i < 200_000; i++) {
                out.write(line);
            }
        }
        store.put("bronze/pbj/big.csv", file, Map.of());

        assertThat(store.head("bronze/pbj/big.csv").orElseThrow().size()).isEqualTo(Files.size(file));
        try (InputStream in = store.open("bronze/pbj/big.csv")) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void put_replacesAnExistingObject_andChangesItsEtag() throws Exception {
        ObjectStore store = store();
        ObjectInfo first = store.putBytes("k/a.txt", utf8("one"), Map.of());
        ObjectInfo second = store.put("k/a.txt", new ByteArrayInputStream(utf8("two!")), Map.of());

        assertThat(new String(store.readAllBytes("k/a.txt"), StandardCharsets.UTF_8)).isEqualTo("two!");
        assertThat(second.etag()).isNotEqualTo(first.etag());
        assertThat(second.size()).isEqualTo(4);
    }

    @Test
    void list_returnsEveryObjectUnderThePrefix_inKeyOrder() throws Exception {
        ObjectStore store = store();
        store.putBytes("bronze/pbj/b.csv", utf8("b"), Map.of());
        store.putBytes("bronze/pbj/a.csv", utf8("a"), Map.of());
        store.putBytes("bronze/pbj/2024/c.csv", utf8("c"), Map.of());
        store.putBytes("bronze/provider_info/p.csv", utf8("p"), Map.of());

        assertThat(store.list("bronze/pbj/").map(ObjectInfo::key))
                .containsExactly("bronze/pbj/2024/c.csv", "bronze/pbj/a.csv", "bronze/pbj/b.csv");
        assertThat(store.list("bronze/").count()).isEqualTo(4);
        assertThat(store.list("nothing/here/")).isEmpty();
    }

    @Test
    void head_andOpen_ofAMissingObject() throws Exception {
        ObjectStore store = store();
        assertThat(store.head("no/such.csv")).isEmpty();
        assertThat(store.exists("no/such.csv")).isFalse();
        assertThatThrownBy(() -> store.open("no/such.csv")).isInstanceOf(FileNotFoundException.class)
                .hasMessageContaining("no/such.csv");
    }

    @Test
    void putIfAbsent_createsOnce() throws Exception {
        ObjectStore store = store();
        assertThat(store.putIfAbsent("locks/pipeline", utf8("owner-1"), Map.of())).isTrue();
        assertThat(store.putIfAbsent("locks/pipeline", utf8("owner-2"), Map.of())).isFalse();
        assertThat(new String(store.readAllBytes("locks/pipeline"), StandardCharsets.UTF_8)).isEqualTo("owner-1");
    }

    @Test
    void delete_removesTheObject_andIgnoresMissingOnes() throws Exception {
        ObjectStore store = store();
        store.putBytes("k/x", utf8("x"), Map.of());
        store.delete("k/x");
        store.delete("k/x");
        assertThat(store.exists("k/x")).isFalse();
        assertThat(store.putIfAbsent("k/x", utf8("again"), Map.of())).isTrue();
    }

    @Test
    void create_writesNothingUntilCommitted_andNothingWhenDiscarded() throws Exception {
        ObjectStore store = store();
        try (ObjectOutput out = store.create("bronze-rows/pbj/file_id=abc/rows.txt", Map.of("rows", "2"))) {
            out.write(utf8("1\u0001015009\n"));
            assertThat(store.exists("bronze-rows/pbj/file_id=abc/rows.txt")).isFalse();
            out.write(utf8("2\u000151A009\n"));
            ObjectInfo info = out.commit();
            assertThat(info.size()).isEqualTo(utf8("1\u0001015009\n2\u000151A009\n").length);
        }
        assertThat(new String(store.readAllBytes("bronze-rows/pbj/file_id=abc/rows.txt"), StandardCharsets.UTF_8))
                .isEqualTo("1\u0001015009\n2\u000151A009\n");
        assertThat(store.head("bronze-rows/pbj/file_id=abc/rows.txt").orElseThrow().metadata()).containsEntry("rows", "2");

        try (ObjectOutput out = store.create("bronze-rows/pbj/file_id=def/rows.txt", Map.of())) {
            out.write(utf8("half a file"));
        }
        assertThat(store.exists("bronze-rows/pbj/file_id=def/rows.txt")).isFalse();
        assertThat(store.list("bronze-rows/")).extracting(ObjectInfo::key)
                .containsExactly("bronze-rows/pbj/file_id=abc/rows.txt");
    }

    @Test
    void unsafeKeys_areRefused() throws Exception {
        ObjectStore store = store();
        for (String key : new String[] { "../escape", "a/../../b", "/absolute", "a//b", "semi;colon", "" }) {
            assertThatThrownBy(() -> store.putBytes(key, utf8("x"), Map.of()))
                    .as(key).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void uri_addressesTheObject() throws IOException, Exception {
        ObjectStore store = store();
        assertThat(store.uri("bronze/pbj/a.csv")).endsWith("bronze/pbj/a.csv");
        assertThat(store.uri("bronze-rows/pbj/")).endsWith("bronze-rows/pbj/");
    }
}
