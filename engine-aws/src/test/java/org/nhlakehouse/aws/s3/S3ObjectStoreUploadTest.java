package org.nhlakehouse.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.aws.testing.LocalS3Server;
import org.nhlakehouse.aws.testing.LocalS3Server.RequestRecorder;
import org.nhlakehouse.core.storage.ObjectInfo;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.AbortMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

/** How {@link S3ObjectStore} uploads, observed on an embedded S3-compatible server (s3proxy) on loopback. */
class S3ObjectStoreUploadTest {

    private static final long MIB = S3Settings.MIB;

    private static LocalS3Server server;

    @TempDir
    Path scratch;

    private final RequestRecorder recorder = new RequestRecorder();
    private final PartWatcher partWatcher = new PartWatcher();
    private S3Client client;
    private String bucket;

    @BeforeAll
    static void startServer() throws Exception {
        server = LocalS3Server.start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void setUp() {
        client = server.client(recorder, partWatcher);
        bucket = server.newBucket(client);
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    @Test
    void put_ofAStreamOfMoreThan100MB_goesUpInParts_readingOnePartAhead_atMost() throws Exception {
        S3ObjectStore store = new S3ObjectStore(client, S3Settings.of(bucket).withPathStyleAccess(true));
        long size = 100 * MIB + 12_345;
        GeneratedStream source = new GeneratedStream(size);
        partWatcher.watch(source);

        ObjectInfo written = store.put("bronze/pbj/PBJ_Daily_Nurse_Staffing_Q2_2024.csv", source, Map.of("rows", "1"));

        long partSize = S3Settings.DEFAULT_PART_SIZE;
        assertThat(written.size()).isEqualTo(size);
        assertThat(recorder.requests(PutObjectRequest.class)).isEmpty();
        assertThat(recorder.requests(CreateMultipartUploadRequest.class)).singleElement()
                .satisfies(r -> assertThat(r.metadata()).containsEntry("rows", "1"));
        assertThat(recorder.requests(UploadPartRequest.class)).extracting(UploadPartRequest::partNumber)
                .containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(recorder.requests(CompleteMultipartUploadRequest.class)).singleElement()
                .satisfies(r -> assertThat(r.multipartUpload().parts()).hasSize(7));
        // When part n goes up, the store has read n parts of the stream and no more: one part in memory at a time.
        for (int n = 1; n <= 7; n++) {
            assertThat(partWatcher.bytesReadAtPart.get(n - 1)).as("bytes read when part %d was sent", n)
                    .isEqualTo(Math.min(n * partSize, size));
        }
        assertThat(written.etag()).endsWith("-7");

        assertThat(store.head("bronze/pbj/PBJ_Daily_Nurse_Staffing_Q2_2024.csv").orElseThrow().size()).isEqualTo(size);
        try (InputStream in = store.open("bronze/pbj/PBJ_Daily_Nurse_Staffing_Q2_2024.csv")) {
            assertThat(sha256(in)).isEqualTo(source.sha256());
        }
    }

    @Test
    void put_ofAStreamShorterThanOnePart_isOnePutObject() throws Exception {
        S3ObjectStore store = new S3ObjectStore(client, S3Settings.of(bucket).withPathStyleAccess(true));

        ObjectInfo written = store.put("small.csv", new GeneratedStream(1000), Map.of());

        assertThat(written.size()).isEqualTo(1000);
        assertThat(recorder.requests(PutObjectRequest.class)).hasSize(1);
        assertThat(recorder.requests(CreateMultipartUploadRequest.class)).isEmpty();
    }

    @Test
    void put_ofAFileAboveTheThreshold_goesUpInPartsReadFromDisk() throws Exception {
        S3ObjectStore store = new S3ObjectStore(client,
                S3Settings.of(bucket).withPathStyleAccess(true).withMultipart(6 * MIB, 5 * MIB));
        Path file = scratch.resolve("provider_info.csv");
        GeneratedStream content = new GeneratedStream(12 * MIB + 7);
        Files.copy(content, file);

        ObjectInfo written = store.put("bronze/provider_info/2024-10.csv", file, Map.of("Source-Name", "NH.csv"));

        assertThat(written.size()).isEqualTo(Files.size(file));
        assertThat(written.metadata()).containsExactly(Map.entry("source-name", "NH.csv"));
        assertThat(recorder.requests(UploadPartRequest.class)).hasSize(3);
        assertThat(recorder.requests(PutObjectRequest.class)).isEmpty();
        assertThat(store.head("bronze/provider_info/2024-10.csv").orElseThrow().metadata())
                .containsEntry("source-name", "NH.csv");
        try (InputStream in = store.open("bronze/provider_info/2024-10.csv")) {
            assertThat(sha256(in)).isEqualTo(content.sha256());
        }
    }

    @Test
    void put_ofAFileAtTheThreshold_isOnePutObject() throws Exception {
        S3ObjectStore store = new S3ObjectStore(client,
                S3Settings.of(bucket).withPathStyleAccess(true).withMultipart(6 * MIB, 5 * MIB));
        Path file = scratch.resolve("exact.csv");
        Files.copy(new GeneratedStream(6 * MIB), file);

        store.put("exact.csv", file, Map.of());

        assertThat(recorder.requests(PutObjectRequest.class)).hasSize(1);
        assertThat(recorder.requests(CreateMultipartUploadRequest.class)).isEmpty();
    }

    @Test
    void aStreamThatFailsHalfway_abortsTheUpload_andLeavesNoObject() {
        S3ObjectStore store = new S3ObjectStore(client,
                S3Settings.of(bucket).withPathStyleAccess(true).withMultipart(5 * MIB, 5 * MIB));
        InputStream failing = new GeneratedStream(20 * MIB) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (bytesRead() >= 12 * MIB) {
                    throw new IOException("connection to Drive reset");
                }
                return super.read(b, off, len);
            }
        };

        assertThatThrownBy(() -> store.put("bronze/pbj/broken.csv", failing, Map.of()))
                .isInstanceOf(IOException.class).hasMessageContaining("connection to Drive reset");

        assertThat(recorder.requests(AbortMultipartUploadRequest.class)).singleElement()
                .satisfies(r -> assertThat(r.key()).isEqualTo("bronze/pbj/broken.csv"));
        assertThat(recorder.requests(CompleteMultipartUploadRequest.class)).isEmpty();
        assertThat(store.exists("bronze/pbj/broken.csv")).isFalse();
        assertThat(client.listMultipartUploads(r -> r.bucket(bucket)).uploads()).isEmpty();
    }

    @Test
    void theServerRefusesAConditionalPutOnAnExistingKey_with412PreconditionFailed() {
        // What putIfAbsent relies on: s3proxy 4.1.0 implements If-None-Match: * on PutObject as S3 does.
        client.putObject(r -> r.bucket(bucket).key("locks/pipeline"), RequestBody.fromString("owner-1"));

        assertThatThrownBy(() -> client.putObject(r -> r.bucket(bucket).key("locks/pipeline").ifNoneMatch("*"),
                RequestBody.fromString("owner-2")))
                .isInstanceOfSatisfying(S3Exception.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(412);
                    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("PreconditionFailed");
                });
    }

    @Test
    void putIfAbsent_sendsIfNoneMatch_andKeepsTheFirstWritersContent() throws Exception {
        S3ObjectStore store = new S3ObjectStore(client, S3Settings.of(bucket).withPathStyleAccess(true)
                .withKeyPrefix("leases"));

        assertThat(store.putIfAbsent("pipeline", "owner-1".getBytes(), Map.of("Owner", "run-1"))).isTrue();
        assertThat(store.putIfAbsent("pipeline", "owner-2".getBytes(), Map.of("owner", "run-2"))).isFalse();

        assertThat(recorder.requests(PutObjectRequest.class)).hasSize(2).allSatisfy(r -> {
            assertThat(r.ifNoneMatch()).isEqualTo("*");
            assertThat(r.key()).isEqualTo("leases/pipeline");
        });
        assertThat(new String(store.readAllBytes("pipeline"))).isEqualTo("owner-1");
        assertThat(store.head("pipeline").orElseThrow().metadata()).containsEntry("owner", "run-1");
    }

    @Test
    void metadata_thatS3CannotCarry_isRefusedBeforeAnyRequest() {
        S3ObjectStore store = new S3ObjectStore(client, S3Settings.of(bucket).withPathStyleAccess(true));

        assertThatThrownBy(() -> store.putBytes("a.csv", new byte[1], Map.of("source-name", "Québec.csv")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("US-ASCII");
        assertThatThrownBy(() -> store.putBytes("a.csv", new byte[1], Map.of("bad key", "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(recorder.requests(PutObjectRequest.class)).isEmpty();
    }

    private static String sha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(OutputStream.nullOutputStream());
        }
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    /** Records how much of the source stream had been read when each UploadPart was sent. */
    private static final class PartWatcher implements ExecutionInterceptor {
        private volatile GeneratedStream source;
        final List<Long> bytesReadAtPart = new CopyOnWriteArrayList<>();

        void watch(GeneratedStream stream) {
            this.source = stream;
        }

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes executionAttributes) {
            if (context.request() instanceof UploadPartRequest && source != null) {
                bytesReadAtPart.add(source.bytesRead());
            }
        }
    }

    /**
     * A stream of pseudo-random bytes that is never held in memory, hashing what it hands out.
     */
    static class GeneratedStream extends InputStream {
        private final long size;
        private long position;
        private long state = 0x9E3779B97F4A7C15L;
        private final MessageDigest digest;

        GeneratedStream(long size) {
            this.size = size;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        long bytesRead() {
            return position;
        }

        String sha256() {
            return java.util.HexFormat.of().formatHex(digest.digest());
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                state ^= state << 13;
                state ^= state >>> 7;
                state ^= state << 17;
                b[off + i] = (byte) state;
            }
            digest.update(b, off, n);
            position += n;
            return n;
        }
    }
}
