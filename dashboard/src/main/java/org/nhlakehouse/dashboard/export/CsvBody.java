package org.nhlakehouse.dashboard.export;

import java.io.OutputStream;

/** Writes a CSV export to a stream, row by row. */
@FunctionalInterface
public interface CsvBody {
    void writeTo(OutputStream out) throws Exception;
}
