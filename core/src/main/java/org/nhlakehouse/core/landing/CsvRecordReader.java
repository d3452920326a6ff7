package org.nhlakehouse.core.landing;

import java.io.IOException;
import java.io.InputStream;

/**
 * A streaming CSV reader over bytes (RFC 4180, lenient where CMS files are): comma separated, fields optionally in
 * double quotes with {@code ""} for a quote, records ending in LF, CRLF or CR, line breaks allowed inside quotes.
 *
 * <p>
 * It works on bytes, not characters: UTF-8 and single-byte encodings pass through unchanged and are checked per record
 * afterwards ({@link TextEncoding}). A file whose quotes never close, or with a quoted field over
 * {@value #MAX_QUOTED_FIELD_BYTES} bytes, is refused rather than read as one giant field. A record over
 * {@link CsvRecord#MAX_RECORD_BYTES} is read to its end but only its beginning is kept, marked {@code tooLong}.
 */
final class CsvRecordReader {

    /** A quoted field this long means the file's quotes are unbalanced: no CMS value comes near it. */
    static final int MAX_QUOTED_FIELD_BYTES = 8 << 20;

    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;

    private final InputStream in;
    private final String fileName;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean endOfInput;
    private long line = 1;

    CsvRecordReader(InputStream in, String fileName) {
        this.in = in;
        this.fileName = fileName;
    }

    /** The physical line the next record starts on. */
    long nextLine() {
        return line;
    }

    /**
     * Reads the next record into {@code record}.
     *
     * @return false at the end of the input
     */
    boolean next(CsvRecord record) throws IOException, FileRefusedException {
        record.reset(line);
        int state = FIELD_START;
        while (true) {
            if (position == limit && !fill()) {
                if (state == QUOTED) {
                    throw new FileRefusedException(RefusalReason.UNTERMINATED_QUOTE, fileName,
                            "a quoted field starting on line " + record.line + " is never closed");
                }
                if (state == FIELD_START && record.fieldCount == 0 && record.length == 0 && !record.anyQuotedField) {
                    return false;
                }
                record.endField();
                return true;
            }
            if (state == UNQUOTED || state == FIELD_START && buffer[position] != '"') {
                // Copy the run of ordinary bytes in one go; most fields end inside the buffer.
                int end = position;
                while (end < limit) {
                    byte b = buffer[end];
                    if (b == ',' || b == '\n' || b == '\r' || b == 1 || b == 0) {
                        break;
                    }
                    end++;
                }
                appendRun(record, position, end, false);
                position = end;
                state = UNQUOTED;
                if (position == limit) {
                    continue;
                }
                byte b = buffer[position++];
                if (b == ',') {
                    record.endField();
                    state = FIELD_START;
                } else if (b == '\n') {
                    line++;
                    record.endField();
                    return true;
                } else if (b == '\r') {
                    endOfLineAfterCarriageReturn();
                    record.endField();
                    return true;
                } else {
                    record.needsCleaning = true;
                    record.hasNul |= b == 0;
                    appendRun(record, position - 1, position, false);
                }
                continue;
            }
            if (state == FIELD_START) {
                // An opening quote.
                position++;
                state = QUOTED;
                record.anyQuotedField = true;
                continue;
            }
            if (state == QUOTED) {
                int end = position;
                while (end < limit) {
                    byte b = buffer[end];
                    if (b == '"') {
                        break;
                    }
                    if (b == '\n') {
                        line++;
                        record.needsCleaning = true;
                    } else if (b == '\r' || b == 1) {
                        record.needsCleaning = true;
                    } else if (b == 0) {
                        record.needsCleaning = true;
                        record.hasNul = true;
                    }
                    end++;
                }
                appendRun(record, position, end, true);
                position = end;
                if (position < limit) {
                    position++;
                    state = QUOTE_IN_QUOTED;
                }
                continue;
            }
            // QUOTE_IN_QUOTED: a quote closes the field unless another quote follows.
            byte b = buffer[position++];
            if (b == '"') {
                record.append(b);
                state = QUOTED;
            } else if (b == ',') {
                record.endField();
                state = FIELD_START;
            } else if (b == '\n') {
                line++;
                record.endField();
                return true;
            } else if (b == '\r') {
                endOfLineAfterCarriageReturn();
                record.endField();
                return true;
            } else {
                record.malformedQuotes = true;
                position--;
                state = UNQUOTED;
            }
        }
    }

    private void appendRun(CsvRecord record, int from, int to, boolean quoted) throws FileRefusedException {
        if (to == from) {
            return;
        }
        if (quoted && record.fieldBytesSeen + (to - from) > MAX_QUOTED_FIELD_BYTES) {
            throw new FileRefusedException(RefusalReason.FIELD_TOO_LONG, fileName, "a quoted field starting on line "
                    + record.line + " is longer than " + (MAX_QUOTED_FIELD_BYTES >> 20)
                    + " MiB; the file's quotes are probably unbalanced");
        }
        record.append(buffer, from, to - from);
    }

    /** CRLF ends a line as one break; a lone CR (old Mac files) does too. */
    private void endOfLineAfterCarriageReturn() throws IOException {
        line++;
        if ((position < limit || fill()) && buffer[position] == '\n') {
            position++;
        }
    }

    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int read = in.readNBytes(buffer, 0, buffer.length);
        if (read <= 0) {
            endOfInput = true;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
