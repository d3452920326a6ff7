package org.nhlakehouse.core.landing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One CSV record as parsed: the fields' unquoted bytes packed into one buffer. Reused from record to record so that
 * parsing a 1.3-million-row file allocates almost nothing.
 */
final class CsvRecord {
    byte[] data = new byte[4096];
    int length;
    int[] starts = new int[64];
    int[] ends = new int[64];
    int fieldCount;
    /** The physical line (1-based) where the record starts. */
    long line;
    /** Text followed a closing quote inside a field: the record cannot be read unambiguously. */
    boolean malformedQuotes;
    boolean anyQuotedField;
    /** A value holds a line break or U+0001, which Bronze rows cannot carry as is. */
    boolean needsCleaning;
    private int fieldStart;

    void reset(long startLine) {
        length = 0;
        fieldCount = 0;
        fieldStart = 0;
        line = startLine;
        malformedQuotes = false;
        anyQuotedField = false;
        needsCleaning = false;
    }

    void append(byte b) {
        if (length == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[length++] = b;
    }

    void append(byte[] source, int from, int count) {
        if (length + count > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, length + count));
        }
        System.arraycopy(source, from, data, length, count);
        length += count;
    }

    void endField() {
        if (fieldCount == starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
            ends = Arrays.copyOf(ends, ends.length * 2);
        }
        starts[fieldCount] = fieldStart;
        ends[fieldCount] = length;
        fieldCount++;
        fieldStart = length;
    }

    int currentFieldLength() {
        return length - fieldStart;
    }

    /** A line with nothing on it (not even a quoted empty string). */
    boolean isBlank() {
        return fieldCount == 1 && length == 0 && !anyQuotedField;
    }

    boolean hasNonAscii() {
        for (int i = 0; i < length; i++) {
            if (data[i] < 0) {
                return true;
            }
        }
        return false;
    }

    String field(int index) {
        return new String(data, starts[index], ends[index] - starts[index], StandardCharsets.UTF_8);
    }

    List<String> fields() {
        List<String> fields = new ArrayList<>(fieldCount);
        for (int i = 0; i < fieldCount; i++) {
            fields.add(field(i));
        }
        return fields;
    }

    /** The record written back as one CSV line (fields quoted where needed), for quarantine records. */
    String toCsvLine() {
        StringBuilder out = new StringBuilder(length + fieldCount * 3);
        for (int i = 0; i < fieldCount; i++) {
            if (i > 0) {
                out.append(',');
            }
            String value = field(i);
            if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                    || value.indexOf('\r') >= 0) {
                out.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                out.append(value);
            }
        }
        return out.toString();
    }
}
