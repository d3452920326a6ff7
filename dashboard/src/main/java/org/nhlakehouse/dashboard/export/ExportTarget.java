package org.nhlakehouse.dashboard.export;

import jakarta.ws.rs.core.Response;

/** Where an export goes: straight into the response, or (on Lambda, when large) to S3 behind a presigned link. */
public interface ExportTarget {
    Response deliver(String fileName, String mediaType, CsvBody body) throws Exception;

    default Response deliver(String fileName, CsvBody body) throws Exception {
        return deliver(fileName, ExportFormat.CSV.mediaType(), body);
    }
}
