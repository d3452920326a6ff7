package org.nhlakehouse.dashboard.export;

import java.io.OutputStream;

/** Writes an export (CSV or JSON) to a stream, row by row. */
@FunctionalInterface
public interface CsvBody {
    void writeTo(OutputStream out) throws Exception;
}
