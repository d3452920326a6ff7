package org.nhlakehouse.local;

import java.sql.SQLException;

import org.duckdb.DuckDBConnection;
import org.duckdb.ProfilerPrintFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads how many rows the last statement on a connection read, from DuckDB's profiler: rows scanned by table scans
 * plus rows produced by file readers (read_csv, read_parquet). This is how the pipeline proves that an incremental run
 * reads only what a new file touches.
 */
final class DuckDbProfile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DuckDbProfile() {
    }

    static long rowsRead(DuckDBConnection connection) {
        try {
            String profile = connection.getProfilingInformation(ProfilerPrintFormat.JSON);
            if (profile == null || profile.isBlank()) {
                return -1;
            }
            return rowsRead(JSON.readTree(profile));
        } catch (SQLException | java.io.IOException e) {
            return -1;
        }
    }

    static long rowsRead(JsonNode node) {
        long total = 0;
        String type = node.path("type").asText("");
        if (type.equals("TABLE_SCAN")) {
            total += node.has("rows_scanned") ? node.path("rows_scanned").asLong() : node.path("intermediate_rows").asLong();
        } else if (type.startsWith("READ_") || type.equals("TABLE_FUNCTION")) {
            total += node.path("intermediate_rows").asLong();
        }
        for (JsonNode child : node.path("children")) {
            total += rowsRead(child);
        }
        for (JsonNode operator : node.path("operator")) {
            total += rowsRead(operator);
        }
        return total;
    }
}
