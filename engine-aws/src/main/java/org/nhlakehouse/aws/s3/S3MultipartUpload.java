package org.nhlakehouse.aws.s3;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.AbortMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;

/**
 * One multipart upload (https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html). The object appears
 * only when {@code CompleteMultipartUpload} succeeds; on any failure the upload is aborted, so no parts are left
 * behind (and billed) and no half-written object is ever visible.
 */
final class S3MultipartUpload {

    /** S3 allows at most 10,000 parts per upload. */
    static final int MAX_PARTS = 10_000;
    private static final String OCTET_STREAM = "application/octet-stream";

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final String uploadId;
    private final List<CompletedPart> parts = new ArrayList<>();

    private S3MultipartUpload(S3Client s3, String bucket, String key, String uploadId) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.uploadId = uploadId;
    }

    static S3MultipartUpload start(S3Client s3, String bucket, String key, Map<String, String> metadata) {
        String uploadId = s3.createMultipartUpload(CreateMultipartUploadRequest.builder().bucket(bucket).key(key)
                .metadata(metadata).contentType(OCTET_STREAM).build()).uploadId();
        return new S3MultipartUpload(s3, bucket, key, uploadId);
    }

    /** The part size for a file: the configured one, or larger when the file would need more than 10,000 parts. */
    static long partSizeFor(long fileSize, long configuredPartSize) {
        long needed = (fileSize + MAX_PARTS - 1) / MAX_PARTS;
        long mib = S3Settings.MIB;
        return Math.max(configuredPartSize, (needed + mib - 1) / mib * mib);
    }

    /** Uploads a whole file, part by part, each read straight from disk. Returns the object's ETag. */
    static String uploadFile(S3Client s3, String bucket, String key, Path file, long size, long configuredPartSize,
            Map<String, String> metadata) throws IOException {
        long partSize = partSizeFor(size, configuredPartSize);
        S3MultipartUpload upload = start(s3, bucket, key, metadata);
        try {
            for (long offset = 0; offset < size; offset += partSize) {
                long length = Math.min(partSize, size - offset);
                long start = offset;
                upload.uploadPart(RequestBody.fromContentProvider(() -> fileSlice(file, start, length), length,
                        OCTET_STREAM));
            }
            return upload.complete();
        } catch (Throwable e) {
            upload.abort(e);
            throw e;
        }
    }

    /**
     * Uploads a stream of unknown length whose first part has already been read into {@code buffer}; reuses the
     * buffer for every part, so memory stays at one part whatever the stream's length.
     *
     * @return the object's ETag and size
     */
    static Uploaded uploadStream(S3Client s3, String bucket, String key, byte[] buffer, int firstPartLength,
            InputStream rest, Map<String, String> metadata) throws IOException {
        S3MultipartUpload upload = start(s3, bucket, key, metadata);
        try {
            long total = 0;
            int length = firstPartLength;
            while (length > 0) {
                if (upload.parts.size() == MAX_PARTS) {
                    throw new IOException("Stream too long for one S3 object: more than " + MAX_PARTS + " parts of "
                            + buffer.length + " bytes");
                }
                int partLength = length;
                upload.uploadPart(RequestBody.fromContentProvider(
                        () -> new ByteArrayInputStream(buffer, 0, partLength), partLength, OCTET_STREAM));
                total += partLength;
                length = S3ObjectStore.readFully(rest, buffer);
            }
            return new Uploaded(upload.complete(), total);
        } catch (Throwable e) {
            upload.abort(e);
            throw e;
        }
    }

    record Uploaded(String etag, long size) {
    }

    private void uploadPart(RequestBody body) {
        int partNumber = parts.size() + 1;
        String etag = s3.uploadPart(UploadPartRequest.builder().bucket(bucket).key(key).uploadId(uploadId)
                .partNumber(partNumber).build(), body).eTag();
        parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
    }

    private String complete() {
        return s3.completeMultipartUpload(CompleteMultipartUploadRequest.builder().bucket(bucket).key(key)
                .uploadId(uploadId).multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()).build())
                .eTag();
    }

    /** Aborts the upload after a failure; a failed abort is attached to the original failure, which the caller throws. */
    private void abort(Throwable failure) {
        try {
            s3.abortMultipartUpload(
                    AbortMultipartUploadRequest.builder().bucket(bucket).key(key).uploadId(uploadId).build());
        } catch (SdkException abortFailure) {
            failure.addSuppressed(abortFailure);
        }
    }

    private static InputStream fileSlice(Path file, long offset, long length) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            channel.position(offset);
            return new BoundedInputStream(Channels.newInputStream(channel), length);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** At most {@code limit} bytes of a stream; closes the stream when closed. */
    private static final class BoundedInputStream extends java.io.FilterInputStream {
        private long remaining;

        BoundedInputStream(InputStream in, long limit) {
            super(in);
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, remaining));
            if (n > 0) {
                remaining -= n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(Math.min(n, remaining));
            remaining -= skipped;
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(super.available(), remaining);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
