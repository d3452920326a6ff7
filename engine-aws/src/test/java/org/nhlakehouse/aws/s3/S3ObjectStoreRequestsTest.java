package org.nhlakehouse.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.nhlakehouse.core.storage.NoSuchObjectException;
import org.nhlakehouse.core.storage.ObjectInfo;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.paginators.ListObjectsV2Iterable;

/** The requests {@link S3ObjectStore} sends and how it reads S3's answers, on a mocked {@link S3Client}. */
class S3ObjectStoreRequestsTest {

    private static final Instant NOW = Instant.parse("2024-11-01T08:00:00Z");

    private S3Client s3;
    private S3ObjectStore store;

    @BeforeEach
    void setUp() {
        s3 = mock(S3Client.class);
        store = new S3ObjectStore(s3, S3Settings.of("nh-lakehouse-data").withKeyPrefix("/warehouse/"),
                Clock.fixed(NOW, ZoneOffset.UTC), false);
    }

    @Test
    void uri_andDescribe_includeTheBucketAndPrefix() {
        assertThat(store.describe()).isEqualTo("s3://nh-lakehouse-data/warehouse");
        assertThat(store.uri("bronze/pbj/a.csv")).isEqualTo("s3://nh-lakehouse-data/warehouse/bronze/pbj/a.csv");
        assertThat(store.uri("bronze-rows/pbj/")).isEqualTo("s3://nh-lakehouse-data/warehouse/bronze-rows/pbj/");
        assertThatThrownBy(() -> store.uri("../x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void putBytes_sendsBucketPrefixedKeyContentTypeAndLowerCaseMetadata() throws Exception {
        when(s3.putObject(any(PutObjectRequest.class), any(RequestBody.class)))
                .thenReturn(PutObjectResponse.builder().eTag("\"5d41402abc4b2a76b9719d911017c592\"").build());

        ObjectInfo written = store.putBytes("bronze/pbj/a.csv", "hello".getBytes(),
                Map.of("Source-Modified", "2024-10-31"));

        ArgumentCaptor<PutObjectRequest> request = ArgumentCaptor.forClass(PutObjectRequest.class);
        ArgumentCaptor<RequestBody> body = ArgumentCaptor.forClass(RequestBody.class);
        verify(s3).putObject(request.capture(), body.capture());
        assertThat(request.getValue().bucket()).isEqualTo("nh-lakehouse-data");
        assertThat(request.getValue().key()).isEqualTo("warehouse/bronze/pbj/a.csv");
        assertThat(request.getValue().contentType()).isEqualTo("application/octet-stream");
        assertThat(request.getValue().metadata()).containsExactly(Map.entry("source-modified", "2024-10-31"));
        assertThat(request.getValue().ifNoneMatch()).isNull();
        assertThat(body.getValue().optionalContentLength()).contains(5L);
        assertThat(written).isEqualTo(new ObjectInfo("bronze/pbj/a.csv", 5, NOW, "5d41402abc4b2a76b9719d911017c592",
                Map.of("source-modified", "2024-10-31")));
    }

    @Test
    void putIfAbsent_sendsIfNoneMatchStar() throws Exception {
        when(s3.putObject(any(PutObjectRequest.class), any(RequestBody.class)))
                .thenReturn(PutObjectResponse.builder().eTag("\"e\"").build());

        assertThat(store.putIfAbsent("locks/pipeline", "owner".getBytes(), Map.of())).isTrue();

        ArgumentCaptor<PutObjectRequest> request = ArgumentCaptor.forClass(PutObjectRequest.class);
        verify(s3).putObject(request.capture(), any(RequestBody.class));
        assertThat(request.getValue().ifNoneMatch()).isEqualTo("*");
        assertThat(request.getValue().key()).isEqualTo("warehouse/locks/pipeline");
        assertThat(request.getValue().bucket()).isEqualTo("nh-lakehouse-data");
    }

    @Test
    void putIfAbsent_isFalse_whenTheKeyExists_orAConcurrentWriteWins() throws Exception {
        when(s3.putObject(any(PutObjectRequest.class), any(RequestBody.class)))
                .thenThrow(s3Error(412, "PreconditionFailed"))
                .thenThrow(s3Error(409, "ConditionalRequestConflict"))
                .thenThrow(s3Error(412, "PreconditionFailed"));
        when(s3.getObject(any(GetObjectRequest.class)))
                .thenReturn(objectContaining("other-owner"), objectContaining("other-owner"))
                .thenThrow(NoSuchKeyException.builder().statusCode(404).build());

        assertThat(store.putIfAbsent("locks/pipeline", "owner".getBytes(), Map.of())).isFalse();
        assertThat(store.putIfAbsent("locks/pipeline", "owner".getBytes(), Map.of())).isFalse();
        // The winner's object was deleted again before it could be read: still not ours.
        assertThat(store.putIfAbsent("locks/pipeline", "owner".getBytes(), Map.of())).isFalse();
    }

    @Test
    void putIfAbsent_isTrue_whenThePreconditionFailsOnOurOwnWrite() throws Exception {
        // A retried request (or s3proxy) answers 412 although the object now holds exactly what this call wrote.
        when(s3.putObject(any(PutObjectRequest.class), any(RequestBody.class)))
                .thenThrow(s3Error(412, "PreconditionFailed"));
        when(s3.getObject(any(GetObjectRequest.class))).thenReturn(objectContaining("owner"));

        assertThat(store.putIfAbsent("locks/pipeline", "owner".getBytes(), Map.of())).isTrue();
    }

    private static ResponseInputStream<GetObjectResponse> objectContaining(String content) {
        return new ResponseInputStream<>(GetObjectResponse.builder().build(),
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void putIfAbsent_reportsOtherFailures() {
        when(s3.putObject(any(PutObjectRequest.class), any(RequestBody.class)))
                .thenThrow(s3Error(403, "AccessDenied"));

        assertThatThrownBy(() -> store.putIfAbsent("locks/pipeline", "owner".getBytes(), Map.of()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("s3://nh-lakehouse-data/warehouse/locks/pipeline")
                .hasMessageContaining("403 AccessDenied");
    }

    @Test
    void head_readsSizeTimeEtagAndMetadata_andA404IsEmpty() {
        when(s3.headObject(any(HeadObjectRequest.class)))
                .thenReturn(HeadObjectResponse.builder().contentLength(42L).lastModified(NOW).eTag("\"abc\"")
                        .metadata(Map.of("source-modified", "2024-10-31")).build())
                .thenThrow(s3Error(404, null))
                .thenThrow(NoSuchKeyException.builder().statusCode(404).build());

        assertThat(store.head("k/a.csv")).contains(
                new ObjectInfo("k/a.csv", 42, NOW, "abc", Map.of("source-modified", "2024-10-31")));
        assertThat(store.head("k/b.csv")).isEmpty();
        assertThat(store.head("k/c.csv")).isEmpty();

        ArgumentCaptor<HeadObjectRequest> request = ArgumentCaptor.forClass(HeadObjectRequest.class);
        verify(s3, org.mockito.Mockito.times(3)).headObject(request.capture());
        assertThat(request.getAllValues()).extracting(HeadObjectRequest::key)
                .containsExactly("warehouse/k/a.csv", "warehouse/k/b.csv", "warehouse/k/c.csv");
        assertThat(request.getAllValues()).extracting(HeadObjectRequest::bucket).containsOnly("nh-lakehouse-data");
    }

    @Test
    void head_reportsAccessDenied_insteadOfCallingTheObjectMissing() {
        when(s3.headObject(any(HeadObjectRequest.class))).thenThrow(s3Error(403, null));

        assertThatThrownBy(() -> store.head("k/a.csv")).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void open_ofAMissingKey_throwsNoSuchObject() {
        when(s3.getObject(any(GetObjectRequest.class)))
                .thenThrow(NoSuchKeyException.builder().statusCode(404).build());

        assertThatThrownBy(() -> store.open("k/none.csv")).isInstanceOf(NoSuchObjectException.class)
                .hasMessageContaining("k/none.csv");
        ArgumentCaptor<GetObjectRequest> request = ArgumentCaptor.forClass(GetObjectRequest.class);
        verify(s3).getObject(request.capture());
        assertThat(request.getValue().key()).isEqualTo("warehouse/k/none.csv");
        assertThat(request.getValue().bucket()).isEqualTo("nh-lakehouse-data");
    }

    @Test
    void list_pagesThroughEveryPage_andReturnsKeysWithoutTheStorePrefix() {
        when(s3.listObjectsV2Paginator(any(ListObjectsV2Request.class)))
                .thenAnswer(call -> new ListObjectsV2Iterable(s3, call.getArgument(0)));
        when(s3.listObjectsV2(any(ListObjectsV2Request.class)))
                .thenReturn(ListObjectsV2Response.builder().isTruncated(true).nextContinuationToken("next-1")
                        .contents(object("warehouse/bronze/pbj/a.csv"), object("warehouse/bronze/pbj/b.csv")).build())
                .thenReturn(ListObjectsV2Response.builder().isTruncated(false)
                        .contents(object("warehouse/bronze/pbj/c.csv")).build());

        List<ObjectInfo> listed = store.list("bronze/pbj/").toList();

        assertThat(listed).extracting(ObjectInfo::key)
                .containsExactly("bronze/pbj/a.csv", "bronze/pbj/b.csv", "bronze/pbj/c.csv");
        assertThat(listed.getFirst()).isEqualTo(new ObjectInfo("bronze/pbj/a.csv", 7, NOW, "etag", Map.of()));
        ArgumentCaptor<ListObjectsV2Request> requests = ArgumentCaptor.forClass(ListObjectsV2Request.class);
        verify(s3, org.mockito.Mockito.times(2)).listObjectsV2(requests.capture());
        assertThat(requests.getAllValues()).extracting(ListObjectsV2Request::prefix)
                .containsOnly("warehouse/bronze/pbj/");
        assertThat(requests.getAllValues()).extracting(ListObjectsV2Request::bucket)
                .containsOnly("nh-lakehouse-data");
        assertThat(requests.getAllValues()).extracting(ListObjectsV2Request::continuationToken)
                .containsExactly(null, "next-1");
    }

    @Test
    void list_ofEverything_usesTheStorePrefix() {
        when(s3.listObjectsV2Paginator(any(ListObjectsV2Request.class)))
                .thenAnswer(call -> new ListObjectsV2Iterable(s3, call.getArgument(0)));
        when(s3.listObjectsV2(any(ListObjectsV2Request.class)))
                .thenReturn(ListObjectsV2Response.builder().isTruncated(false).build());

        assertThat(store.list("")).isEmpty();

        ArgumentCaptor<ListObjectsV2Request> request = ArgumentCaptor.forClass(ListObjectsV2Request.class);
        verify(s3).listObjectsV2(request.capture());
        assertThat(request.getValue().prefix()).isEqualTo("warehouse/");
    }

    @Test
    void delete_sendsDeleteObject() throws Exception {
        store.delete("k/x");

        ArgumentCaptor<DeleteObjectRequest> request = ArgumentCaptor.forClass(DeleteObjectRequest.class);
        verify(s3).deleteObject(request.capture());
        assertThat(request.getValue().bucket()).isEqualTo("nh-lakehouse-data");
        assertThat(request.getValue().key()).isEqualTo("warehouse/k/x");
    }

    @Test
    void settings_refuseWhatS3WouldRefuse() {
        assertThatThrownBy(() -> S3Settings.of("Not_A_Bucket")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> S3Settings.of("b-1").withMultipart(S3Settings.MIB, S3Settings.MIB))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> S3Settings.of("b-1").withKeyPrefix("a/../b"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void partSize_growsOnlyWhenAFileWouldNeedMoreThan10000Parts() {
        long mib = S3Settings.MIB;
        assertThat(S3MultipartUpload.partSizeFor(300 * mib, 16 * mib)).isEqualTo(16 * mib);
        assertThat(S3MultipartUpload.partSizeFor(200_000 * mib, 16 * mib)).isEqualTo(20 * mib);
    }

    private static S3Object object(String key) {
        return S3Object.builder().key(key).size(7L).lastModified(NOW).eTag("\"etag\"").build();
    }

    private static S3Exception s3Error(int status, String code) {
        return (S3Exception) S3Exception.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("from S3").build()).build();
    }
}
