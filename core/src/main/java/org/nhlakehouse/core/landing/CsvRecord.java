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

    /**
     * The longest record landing keeps: a longer one is quarantined as {@code record_too_long}. Half of DuckDB's
     * {@code max_line_size} (2 MiB), so that a Bronze row, with its raw text capped at {@link #MAX_RAW_TEXT_BYTES},
     * always fits every engine's line reader.
     */
    static final int MAX_RECORD_BYTES = 1 << 20;
    /** The most fields a record keeps (the widest CMS file has 103); a record with more is {@code record_too_long}. */
    static final int MAX_FIELDS = 1024;
    /** The raw text kept for a quarantined record is cut to this many bytes. */
    static final int MAX_RAW_TEXT_BYTES = 64 * 1024;

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
    /** A value holds a NUL byte: text no CMS file has; the record is quarantined as {@code nul_byte}. */
    boolean hasNul;
    /** Over {@link #MAX_RECORD_BYTES} or {@link #MAX_FIELDS}: only its beginning was kept. */
    boolean tooLong;
    /** Bytes of the current field read so far, kept or not. */
    long fieldBytesSeen;
    private int fieldStart;

    void reset(long startLine) {
        length = 0;
        fieldCount = 0;
        fieldStart = 0;
        line = startLine;
        malformedQuotes = false;
        anyQuotedField = false;
        needsCleaning = false;
        hasNul = false;
        tooLong = false;
        fieldBytesSeen = 0;
    }

    void append(byte b) {
        fieldBytesSeen++;
        if (tooLong) {
            return;
        }
        if (length == MAX_RECORD_BYTES) {
            tooLong = true;
            return;
        }
        if (length == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[length++] = b;
    }

    void append(byte[] source, int from, int count) {
        fieldBytesSeen += count;
        if (tooLong) {
            return;
        }
        if (length + count > MAX_RECORD_BYTES) {
            count = MAX_RECORD_BYTES - length;
            tooLong = true;
        }
        if (length + count > data.length) {
            data = Arrays.copyOf(data, Math.max(data.length * 2, length + count));
        }
        System.arraycopy(source, from, data, length, count);
        length += count;
    }

    void endField() {
        fieldBytesSeen = 0;
        if (fieldCount == MAX_FIELDS) {
            tooLong = true;
            fieldStart = length;
            return;
        }
        if (fieldCount == starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
            ends = Arrays.copyOf(ends, ends.length * 2);
        }
        starts[fieldCount] = fieldStart;
        ends[fieldCount] = length;
        fieldCount++;
        fieldStart = length;
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

    /**
     * The record written back as one CSV line (fields quoted where needed), for quarantine records; cut to
     * {@link #MAX_RAW_TEXT_BYTES} (at a character boundary) with a note saying so.
     */
    byte[] rawText() {
        byte[] line = toCsvLine().getBytes(StandardCharsets.UTF_8);
        if (line.length <= MAX_RAW_TEXT_BYTES && !tooLong) {
            return line;
        }
        int cut = Math.min(line.length, MAX_RAW_TEXT_BYTES);
        while (cut > 0 && cut < line.length && (line[cut] & 0xC0) == 0x80) {
            cut--;
        }
        byte[] note = (" [truncated: the record is longer than " + (tooLong ? MAX_RECORD_BYTES : cut) + " bytes]")
                .getBytes(StandardCharsets.UTF_8);
        byte[] raw = Arrays.copyOf(line, cut + note.length);
        System.arraycopy(note, 0, raw, cut, note.length);
        return raw;
    }

    private String toCsvLine() {
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
