package org.nhlakehouse.aws.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.nhlakehouse.aws.AwsClientSettings;
import org.nhlakehouse.core.storage.NoSuchObjectException;
import org.nhlakehouse.core.storage.ObjectInfo;
import org.nhlakehouse.core.storage.ObjectKeys;
import org.nhlakehouse.core.storage.ObjectStore;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * {@link ObjectStore} on Amazon S3 (or an S3-compatible server). Every write is atomic: a single {@code PutObject},
 * or a multipart upload that becomes visible only on completion and is aborted on failure.
 *
 * <p>
 * User metadata keys are lower-cased (S3 returns them so) and must be letters, digits, '-', '_' or '.'; values must
 * be printable US-ASCII, because S3 carries them in HTTP headers. {@link #list} does not return user metadata
 * (ListObjectsV2 has none): use {@link #head} for it.
 */
public final class S3ObjectStore implements ObjectStore {

    private final S3Client s3;
    private final S3Settings settings;
    private final Clock clock;
    private final boolean ownsClient;

    /** A store on a client that the caller owns (and closes). */
    public S3ObjectStore(S3Client s3, S3Settings settings) {
        this(s3, settings, Clock.systemUTC(), false);
    }

    S3ObjectStore(S3Client s3, S3Settings settings, Clock clock, boolean ownsClient) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ownsClient = ownsClient;
    }

    /** A store with its own client (path-style addressing as the settings say); {@link #close()} closes it. */
    public static S3ObjectStore create(AwsClientSettings client, S3Settings settings) {
        return new S3ObjectStore(client(client, settings), settings, Clock.systemUTC(), true);
    }

    /** The S3 client {@link #create} uses, for callers that share one client between stores. */
    public static S3Client client(AwsClientSettings client, S3Settings settings) {
        return client.configure(S3Client.builder()).forcePathStyle(settings.pathStyleAccess()).build();
    }

    @Override
    public String describe() {
        return "s3://" + settings.bucket() + settings.keyPrefix().map(p -> "/" + p).orElse("");
    }

    @Override
    public String uri(String key) {
        return "s3://" + settings.bucket() + "/" + fullKey(requireKeyOrPrefix(key));
    }

    @Override
    public Optional<ObjectInfo> head(String key) {
        ObjectKeys.requireSafe(key);
        try {
            HeadObjectResponse head = s3
                    .headObject(HeadObjectRequest.builder().bucket(settings.bucket()).key(fullKey(key)).build());
            return Optional
                    .of(new ObjectInfo(key, head.contentLength(), head.lastModified(), S3UserMetadata.unquoteEtag(head.eTag()),
                            head.metadata()));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            // HEAD responses have no body, so a missing key is a bare 404 rather than NoSuchKey.
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw unchecked("HeadObject", key, e);
        } catch (SdkException e) {
            throw unchecked("HeadObject", key, e);
        }
    }

    @Override
    public Stream<ObjectInfo> list(String prefix) {
        String fullPrefix = prefix.isEmpty() ? settings.keyPrefix().map(p -> p + "/").orElse("")
                : fullKey(requireKeyOrPrefix(prefix));
        // The paginator fetches the next page only when the stream reaches it; S3 lists keys in UTF-8 binary order.
        return s3.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(settings.bucket()).prefix(fullPrefix).build())
                .contents().stream()
                .map(this::info);
    }

    @Override
    public InputStream open(String key) throws IOException {
        ObjectKeys.requireSafe(key);
        try {
            ResponseInputStream<GetObjectResponse> in = s3
                    .getObject(GetObjectRequest.builder().bucket(settings.bucket()).key(fullKey(key)).build());
            return in;
        } catch (NoSuchKeyException e) {
            throw (NoSuchObjectException) new NoSuchObjectException(describe(), key).initCause(e);
        } catch (SdkException e) {
            throw failure("GetObject", key, e);
        }
    }

    @Override
    public ObjectInfo put(String key, Path source, Map<String, String> metadata) throws IOException {
        ObjectKeys.requireSafe(key);
        Map<String, String> userMetadata = S3UserMetadata.normalize(metadata);
        long size = Files.size(source);
        try {
            String etag;
            if (size <= settings.multipartThresholdBytes()) {
                etag = s3.putObject(putRequest(key, userMetadata), RequestBody.fromFile(source)).eTag();
            } else {
                etag = S3MultipartUpload.uploadFile(s3, settings.bucket(), fullKey(key), source, size,
                        settings.partSizeBytes(), userMetadata);
            }
            return written(key, size, etag, userMetadata);
        } catch (SdkException e) {
            throw failure("PutObject", key, e);
        }
    }

    @Override
    public ObjectInfo put(String key, InputStream content, Map<String, String> metadata) throws IOException {
        ObjectKeys.requireSafe(key);
        Map<String, String> userMetadata = S3UserMetadata.normalize(metadata);
        // Small streams (most writes) allocate only what they hold; a stream of a whole part or more goes up in
        // parts, and this first part's array is then reused for every later one.
        byte[] first = content.readNBytes(Math.toIntExact(settings.partSizeBytes()));
        try {
            if (first.length < settings.partSizeBytes()) {
                String etag = s3.putObject(putRequest(key, userMetadata), RequestBody.fromContentProvider(
                        () -> new java.io.ByteArrayInputStream(first), first.length, "application/octet-stream"))
                        .eTag();
                return written(key, first.length, etag, userMetadata);
            }
            S3MultipartUpload.Uploaded uploaded = S3MultipartUpload.uploadStream(s3, settings.bucket(), fullKey(key),
                    first, first.length, content, userMetadata);
            return written(key, uploaded.size(), uploaded.etag(), userMetadata);
        } catch (SdkException e) {
            throw failure("PutObject", key, e);
        }
    }

    /**
     * {@code PutObject} with {@code If-None-Match: *}
     * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/conditional-writes.html): S3 answers 412 when the key
     * exists, and 409 when a concurrent conditional write to the same key is in flight. Both mean another writer got
     * there first (false; the caller may try again later), unless the object holds exactly our bytes: see
     * {@link #holdsExactly}.
     */
    @Override
    public boolean putIfAbsent(String key, byte[] content, Map<String, String> metadata) throws IOException {
        ObjectKeys.requireSafe(key);
        PutObjectRequest request = putRequest(key, S3UserMetadata.normalize(metadata)).toBuilder().ifNoneMatch("*").build();
        try {
            s3.putObject(request, RequestBody.fromBytes(content));
            return true;
        } catch (S3Exception e) {
            if (e.statusCode() == 412 || e.statusCode() == 409) {
                return holdsExactly(key, content);
            }
            throw failure("PutObject (If-None-Match)", key, e);
        } catch (SdkException e) {
            throw failure("PutObject (If-None-Match)", key, e);
        }
    }

    /**
     * Whether a precondition failure of our own conditional write hides that the write took effect: the SDK retries a
     * request whose response was lost, and the retry then meets our own object (s3proxy, the S3 server the tests run
     * against, even answers 412 now and then to the very request that stored the object). Callers write content that
     * names the writer and the time (the pipeline lease does), so the same bytes are our write; other bytes, or none,
     * mean another writer won.
     */
    private boolean holdsExactly(String key, byte[] content) throws IOException {
        try {
            return Arrays.equals(readAllBytes(key), content);
        } catch (NoSuchObjectException e) {
            return false;
        }
    }

    @Override
    public void delete(String key) throws IOException {
        ObjectKeys.requireSafe(key);
        try {
            // S3 answers 204 for a missing key as well.
            s3.deleteObject(DeleteObjectRequest.builder().bucket(settings.bucket()).key(fullKey(key)).build());
        } catch (SdkException e) {
            throw failure("DeleteObject", key, e);
        }
    }

    /** Closes the client when this store created it. */
    public void close() {
        if (ownsClient) {
            s3.close();
        }
    }

    /** Reads until the buffer is full or the stream ends; returns the bytes read. */
    static int readFully(InputStream in, byte[] buffer) throws IOException {
        int filled = 0;
        while (filled < buffer.length) {
            int n = in.read(buffer, filled, buffer.length - filled);
            if (n < 0) {
                break;
            }
            filled += n;
        }
        return filled;
    }

    private PutObjectRequest putRequest(String key, Map<String, String> metadata) {
        return PutObjectRequest.builder().bucket(settings.bucket()).key(fullKey(key)).metadata(metadata)
                .contentType("application/octet-stream").build();
    }

    private ObjectInfo written(String key, long size, String etag, Map<String, String> metadata) {
        // The write's own response has no Last-Modified; the client's clock at completion stands in for it.
        return new ObjectInfo(key, size, Instant.now(clock), S3UserMetadata.unquoteEtag(etag), metadata);
    }

    private ObjectInfo info(S3Object object) {
        return new ObjectInfo(relativeKey(object.key()), object.size(), object.lastModified(),
                S3UserMetadata.unquoteEtag(object.eTag()),
                Map.of());
    }

    private String fullKey(String key) {
        return settings.keyPrefix().map(p -> p + "/" + key).orElse(key);
    }

    private String relativeKey(String fullKey) {
        return settings.keyPrefix().map(p -> fullKey.substring(p.length() + 1)).orElse(fullKey);
    }

    /** A key, or a key prefix ending in '/' (as {@link #uri} and {@link #list} accept). */
    private static String requireKeyOrPrefix(String keyOrPrefix) {
        String key = keyOrPrefix.endsWith("/") ? keyOrPrefix.substring(0, keyOrPrefix.length() - 1) : keyOrPrefix;
        ObjectKeys.requireSafe(key);
        return keyOrPrefix;
    }

    private IOException failure(String operation, String key, SdkException e) {
        String code = e instanceof S3Exception s3e && s3e.awsErrorDetails() != null
                ? " (" + s3e.statusCode() + " " + s3e.awsErrorDetails().errorCode() + ")"
                : "";
        return new IOException("S3 " + operation + " of " + uri(key) + " failed" + code + ": " + e.getMessage(), e);
    }

    private UncheckedIOException unchecked(String operation, String key, SdkException e) {
        return new UncheckedIOException(failure(operation, key, e));
    }
}
