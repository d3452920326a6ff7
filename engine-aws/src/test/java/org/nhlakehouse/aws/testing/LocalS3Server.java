package org.nhlakehouse.aws.testing;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.nhlakehouse.aws.AwsClientSettings;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An embedded S3-compatible server (s3proxy, filesystem blob store in a temporary folder) on 127.0.0.1 at a free
 * port, with SigV4 authentication and fake credentials. One per test class; each test takes a fresh bucket.
 */
public final class LocalS3Server implements AutoCloseable {

    public static final String ACCESS_KEY = "local-access-key";
    public static final String SECRET_KEY = "local-secret-key";

    private final Path root;
    private final S3Proxy proxy;
    private final AtomicInteger buckets = new AtomicInteger();

    private LocalS3Server(Path root, S3Proxy proxy) {
        this.root = root;
        this.proxy = proxy;
    }

    public static LocalS3Server start() throws Exception {
        Path root = Files.createTempDirectory("local-s3-");
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(root.toString()))
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        if (proxy.getPort() <= 0) {
            throw new IllegalStateException("s3proxy did not start: " + proxy.getState());
        }
        return new LocalS3Server(root, proxy);
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    public AwsClientSettings clientSettings() {
        return new AwsClientSettings(Region.US_EAST_1, java.util.Optional.of(endpoint()),
                java.util.Optional.of(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY,
                        SECRET_KEY))));
    }

    /** A client on this server; the interceptors see every request. */
    public S3Client client(ExecutionInterceptor... interceptors) {
        return clientSettings().configure(S3Client.builder())
                .forcePathStyle(true)
                .overrideConfiguration(c -> List.of(interceptors).forEach(c::addExecutionInterceptor))
                .build();
    }

    /** Creates a new, empty bucket and returns its name. */
    public String newBucket(S3Client client) {
        String bucket = "bucket-" + buckets.incrementAndGet();
        client.createBucket(r -> r.bucket(bucket));
        return bucket;
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Records the requests a client sends, in order. */
    public static final class RequestRecorder implements ExecutionInterceptor {
        private final List<SdkRequest> requests = new CopyOnWriteArrayList<>();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes executionAttributes) {
            requests.add(context.request());
        }

        public <T extends SdkRequest> List<T> requests(Class<T> type) {
            return requests.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }
}
