package org.nhlakehouse.core.engine;

/**
 * What a statement did, where the engine can tell. A value of {@code -1} means the engine does not report it.
 *
 * @param rowsWritten rows inserted, updated or deleted by DML
 * @param rowsRead rows the statement read from tables and files
 * @param bytesScanned bytes scanned (what Athena bills)
 * @param elapsedMillis engine-side execution time
 */
public record QueryStats(long rowsWritten, long rowsRead, long bytesScanned, long elapsedMillis) {
    public static final QueryStats UNKNOWN = new QueryStats(-1, -1, -1, -1);
}
