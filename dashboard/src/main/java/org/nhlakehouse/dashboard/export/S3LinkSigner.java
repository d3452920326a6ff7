package org.nhlakehouse.dashboard.export;

import java.time.Duration;

import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Presigned S3 GET links (signature version 4, computed locally: no call to S3). The link names the file, so the
 * browser saves it under the export's name.
 */
public final class S3LinkSigner implements LinkSigner, AutoCloseable {

    private final S3Presigner presigner;
    private final String bucket;

    public S3LinkSigner(S3Presigner presigner, String bucket) {
        this.presigner = presigner;
        this.bucket = bucket;
    }

    @Override
    public String link(String key, String fileName, Duration ttl) {
        return presigner.presignGetObject(request -> request.signatureDuration(ttl)
                .getObjectRequest(get -> get.bucket(bucket).key(key)
                        .responseContentDisposition(InlineExportTarget.disposition(fileName))
                        .responseContentType(ExportFormat.ofFileName(fileName).mediaType())))
                .url().toString();
    }

    @Override
    public void close() {
        presigner.close();
    }
}
