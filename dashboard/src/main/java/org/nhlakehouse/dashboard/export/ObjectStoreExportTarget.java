package org.nhlakehouse.dashboard.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.nhlakehouse.core.storage.ObjectOutput;
import org.nhlakehouse.core.storage.ObjectStore;

/**
 * Lambda's response payload is limited to 6 MB, so an export that grows past the inline limit (5 MB by default) is
 * written to the object store instead and the page gets a presigned link to it. The export still streams: up to the
 * limit it is buffered, past it the buffer and every later row go to the store's upload as they come.
 */
public final class ObjectStoreExportTarget implements ExportTarget {

    private final ObjectStore store;
    private final LinkSigner signer;
    private final String prefix;
    private final long inlineLimitBytes;
    private final Duration linkTtl;

    private final LinkPage linkPage;

    /** Renders the page that carries the link. */
    @FunctionalInterface
    public interface LinkPage {
        String render(String fileName, String href, String size, String expires);
    }

    public ObjectStoreExportTarget(ObjectStore store, LinkSigner signer, String prefix, long inlineLimitBytes,
            Duration linkTtl, LinkPage linkPage) {
        this.linkPage = linkPage;
        this.store = store;
        this.signer = signer;
        this.prefix = prefix;
        this.inlineLimitBytes = inlineLimitBytes;
        this.linkTtl = linkTtl;
    }

    @Override
    public Response deliver(String fileName, String mediaType, CsvBody body) throws Exception {
        String key = prefix + UUID.randomUUID() + "/" + fileName;
        try (Spill spill = new Spill(key, mediaType)) {
            body.writeTo(spill);
            spill.flush();
            if (spill.upload == null) {
                return Response.ok(spill.buffer.toByteArray(), mediaType)
                        .header("Content-Disposition", InlineExportTarget.disposition(fileName)).build();
            }
            spill.upload.commit();
            String href = signer.link(key, fileName, linkTtl);
            String page = linkPage.render(fileName, href, String.format("%,d", spill.written),
                    linkTtl.toMinutes() + " minutes");
            return Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header("Link",
                    "<" + href + ">; rel=\"alternate\"; type=\"" + mediaType.split(";")[0] + "\"").build();
        }
    }

    /** Memory up to the inline limit, then the store's upload. */
    private final class Spill extends OutputStream {
        private final String key;
        private final String mediaType;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
        private ObjectOutput upload;
        private long written;

        Spill(String key, String mediaType) {
            this.key = key;
            this.mediaType = mediaType;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            written += length;
            if (upload == null && buffer.size() + length > inlineLimitBytes) {
                upload = store.create(key, Map.of("content-type", mediaType));
                buffer.writeTo(upload);
                buffer.reset();
            }
            if (upload != null) {
                upload.write(bytes, offset, length);
            } else {
                buffer.write(bytes, offset, length);
            }
        }

        @Override
        public void close() throws IOException {
            if (upload != null) {
                upload.close();
            }
        }
    }
}
