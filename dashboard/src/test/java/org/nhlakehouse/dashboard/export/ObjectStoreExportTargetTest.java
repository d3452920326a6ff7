package org.nhlakehouse.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.testing.InMemoryObjectStore;

/** Lambda exports: small ones inline, large ones to the object store behind a link, streamed either way. */
class ObjectStoreExportTargetTest {

    final InMemoryObjectStore store = new InMemoryObjectStore();
    final ObjectStoreExportTarget target = new ObjectStoreExportTarget(store,
            (key, name, ttl) -> "https://exports.example/" + key + "?ttl=" + ttl.toMinutes(), "exports/", 1000,
            Duration.ofMinutes(15), (name, href, size, expires) -> "<a href=\"" + href + "\">" + name + "</a> " + size
                    + " bytes, " + expires);

    @Test
    void exportUnderTheLimit_isReturnedInline() throws Exception {
        Response response = target.deliver("small.csv", out -> out.write("a,b\r\n1,2\r\n".getBytes(
                StandardCharsets.UTF_8)));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getMediaType().toString()).startsWith("text/csv");
        assertThat(new String((byte[]) response.getEntity(), StandardCharsets.UTF_8)).isEqualTo("a,b\r\n1,2\r\n");
        assertThat(store.list("exports/")).isEmpty();
    }

    @Test
    void jsonExport_keepsItsMediaType() throws Exception {
        Response response = target.deliver("t.json", "application/json", out -> out.write("{}".getBytes(
                StandardCharsets.UTF_8)));

        assertThat(response.getMediaType().toString()).isEqualTo("application/json");
    }

    @Test
    void exportOverTheLimit_isStored_andThePageLinksToIt() throws Exception {
        byte[] row = "0123456789,abcdefghij\r\n".getBytes(StandardCharsets.UTF_8);

        Response response = target.deliver("big.csv", out -> {
            for (int i = 0; i < 200; i++) {
                out.write(row);
            }
        });

        var stored = store.list("exports/").toList();
        assertThat(stored).hasSize(1);
        assertThat(stored.getFirst().key()).endsWith("/big.csv");
        assertThat(store.readAllBytes(stored.getFirst().key())).hasSize(200 * row.length);
        String page = (String) response.getEntity();
        assertThat(page).contains("https://exports.example/" + stored.getFirst().key() + "?ttl=15")
                .contains("4,600 bytes");
        assertThat(response.getHeaderString("Link")).contains(stored.getFirst().key());
    }

    @Test
    void failedExport_leavesNothingBehind() {
        try {
            target.deliver("broken.csv", out -> {
                out.write(new byte[5000]);
                throw new IllegalStateException("engine failed");
            });
        } catch (Exception expected) {
            // the failure reaches the caller
        }
        assertThat(store.list("exports/")).isEmpty();
    }
}
