package org.nhlakehouse.rehearsal.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.aws.s3.S3ObjectStore;
import org.nhlakehouse.aws.s3.S3Settings;
import org.nhlakehouse.core.storage.ObjectInfo;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/**
 * What the contract does not pin down, against moto's S3: a multipart upload (as a large raw file or Bronze rows
 * are written) keeps its user metadata, and the conditional create (If-None-Match: *) creates once.
 */
class S3ObjectStoreOnMotoTest {

    @TempDir
    Path scratch;

    @Test
    void aMultipartUpload_storesEveryPart_andKeepsItsMetadata() throws Exception {
        String bucket = S3ObjectStoreOnMotoContractTest.newBucket();
        Path file = scratch.resolve("big.csv");
        Random random = new Random(42);
        byte[] chunk = new byte[1024 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < 12; i++) {
                random.nextBytes(chunk);
                out.write(chunk);
            }
        }
        S3Settings settings = S3Settings.of(bucket).withPathStyleAccess(true).withMultipart(S3Settings.MIN_PART_SIZE,
                S3Settings.MIN_PART_SIZE);
        try (S3Client s3 = client()) {
            S3ObjectStore store = new S3ObjectStore(s3, settings);
            ObjectInfo written = store.put("bronze/pbj/big.csv", file, Map.of("source-modified", "2024-10-31"));

            HeadObjectResponse head = s3.headObject(h -> h.bucket(bucket).key("bronze/pbj/big.csv"));
            // A multipart ETag is "<md5 of the parts' md5s>-<number of parts>": 12 MiB in 5 MiB parts is 3 parts.
            assertThat(head.eTag()).endsWith("-3\"");
            assertThat(head.contentLength()).isEqualTo(Files.size(file));
            assertThat(head.metadata()).containsEntry("source-modified", "2024-10-31");
            assertThat(written.etag()).isEqualTo(head.eTag().replace("\"", ""));
            assertThat(store.readAllBytes("bronze/pbj/big.csv")).isEqualTo(Files.readAllBytes(file));
            assertThat(s3.listMultipartUploads(l -> l.bucket(bucket)).uploads()).as("nothing left open").isEmpty();
        }
    }

    @Test
    void putIfAbsent_createsOnce_andNeverOverwrites() throws Exception {
        String bucket = S3ObjectStoreOnMotoContractTest.newBucket();
        try (S3Client s3 = client()) {
            S3ObjectStore store = new S3ObjectStore(s3, S3Settings.of(bucket).withPathStyleAccess(true));
            byte[] first = "holder=run-1".getBytes(StandardCharsets.UTF_8);
            byte[] second = "holder=run-2".getBytes(StandardCharsets.UTF_8);

            assertThat(store.putIfAbsent("ops/lease", first, Map.of("owner", "run-1"))).isTrue();
            assertThat(store.putIfAbsent("ops/lease", second, Map.of("owner", "run-2"))).isFalse();

            assertThat(store.readAllBytes("ops/lease")).isEqualTo(first);
            assertThat(store.head("ops/lease").orElseThrow().metadata()).containsEntry("owner", "run-1");
        }
    }

    private static S3Client client() {
        return SharedMoto.server().clientSettings().configure(S3Client.builder()).forcePathStyle(true).build();
    }
}
