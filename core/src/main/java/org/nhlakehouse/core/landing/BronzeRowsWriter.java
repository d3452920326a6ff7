package org.nhlakehouse.core.landing;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes Bronze rows: the text every engine reads through the Bronze table of a dataset.
 *
 * <p>
 * Format: UTF-8, one record per line ({@code \n}), fields separated by U+0001 (Hive's default text delimiter, read by
 * Athena's LazySimpleSerDe, Trino's TEXTFILE format and DuckDB's {@code read_csv(delim='\x01')}), no quoting, an empty
 * field meaning NULL. Columns: {@code line_number}, the dataset's columns in Bronze order (the file's values
 * verbatim), {@code record_issue} (a structural problem found while parsing, else empty) and {@code raw_record} (the
 * record as CSV when it has an issue, cut to {@link CsvRecord#MAX_RAW_TEXT_BYTES}, else empty). Line breaks, NUL and
 * U+0001 inside a value become spaces, the only change ever made to a value. A record over
 * {@link CsvRecord#MAX_RECORD_BYTES} is written with empty values (it is quarantined), so no Bronze row is longer than
 * about {@code MAX_RECORD_BYTES + MAX_RAW_TEXT_BYTES}: within {@link FileLander#MAX_BRONZE_ROW_BYTES}, the line limit every
 * engine's
 * reader is given.
 */
final class BronzeRowsWriter {

    static final byte DELIMITER = 1;
    private static final byte[] NO_ISSUE = new byte[0];

    private final OutputStream out;
    private final int[] sourceIndex;
    private final byte[] buffer = new byte[1 << 20];
    private int position;

    BronzeRowsWriter(OutputStream out, HeaderMapping mapping) {
        this.out = out;
        this.sourceIndex = mapping.sourceIndex();
    }

    void write(CsvRecord record, String issue) throws IOException {
        writeAscii(Long.toString(record.line));
        for (int index : sourceIndex) {
            ensure(1);
            buffer[position++] = DELIMITER;
            if (index >= 0 && index < record.fieldCount && !record.tooLong) {
                if (record.needsCleaning) {
                    writeValue(record.data, record.starts[index], record.ends[index]);
                } else {
                    copy(record.data, record.starts[index], record.ends[index]);
                }
            }
        }
        ensure(1);
        buffer[position++] = DELIMITER;
        if (issue != null) {
            writeAscii(issue);
            ensure(1);
            buffer[position++] = DELIMITER;
            byte[] raw = record.rawText();
            writeValue(raw, 0, raw.length);
        } else {
            ensure(1);
            buffer[position++] = DELIMITER;
            writeValue(NO_ISSUE, 0, 0);
        }
        ensure(1);
        buffer[position++] = '\n';
    }

    void flush() throws IOException {
        out.write(buffer, 0, position);
        position = 0;
        out.flush();
    }

    private void writeValue(byte[] data, int from, int to) throws IOException {
        int length = to - from;
        if (length > buffer.length - position) {
            drain();
            if (length > buffer.length) {
                for (int i = from; i < to; i++) {
                    ensure(1);
                    buffer[position++] = clean(data[i]);
                }
                return;
            }
        }
        for (int i = from; i < to; i++) {
            buffer[position++] = clean(data[i]);
        }
    }

    private void copy(byte[] data, int from, int to) throws IOException {
        int length = to - from;
        if (length > buffer.length - position) {
            drain();
            if (length > buffer.length) {
                out.write(data, from, length);
                return;
            }
        }
        System.arraycopy(data, from, buffer, position, length);
        position += length;
    }

    private static byte clean(byte b) {
        return b == DELIMITER || b == '\n' || b == '\r' || b == 0 ? (byte) ' ' : b;
    }

    private void writeAscii(String text) throws IOException {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer[position++] = (byte) text.charAt(i);
        }
    }

    private void ensure(int bytes) throws IOException {
        if (buffer.length - position < bytes) {
            drain();
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, position);
        position = 0;
    }
}
