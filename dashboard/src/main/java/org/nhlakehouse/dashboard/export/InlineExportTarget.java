package org.nhlakehouse.dashboard.export;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/** Streams the export in the response as it is read from the engine, page by page; nothing is held whole. */
public final class InlineExportTarget implements ExportTarget {

    @Override
    public Response deliver(String fileName, String mediaType, CsvBody body) {
        StreamingOutput output = out -> {
            try {
                body.writeTo(out);
            } catch (java.io.IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new java.io.IOException("Export failed", e);
            }
        };
        return Response.ok(output, mediaType).header("Content-Disposition", disposition(fileName)).build();
    }

    static String disposition(String fileName) {
        return "attachment; filename=\"" + fileName + "\"";
    }
}
