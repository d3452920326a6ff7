package org.nhlakehouse.cli.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A fast CSV writer for the generator's files: UTF-8 bytes into its own buffer, numbers formatted without going
 * through strings (a national PBJ quarter is 1.4 million rows of 33 fields). Quoting follows RFC 4180: a field is
 * quoted when it holds a comma, a quote or a line break, or when the caller asks for it.
 */
final class CsvOut implements AutoCloseable {

    static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 17];
    private int position;
    private long bytesWritten;

    CsvOut(OutputStream out) {
        this.out = out;
    }

    long bytesWritten() {
        return bytesWritten + position;
    }

    CsvOut bytes(byte[] bytes) throws IOException {
        if (bytes.length > buffer.length - position) {
            flushBuffer();
            if (bytes.length > buffer.length) {
                out.write(bytes);
                bytesWritten += bytes.length;
                return this;
            }
        }
        System.arraycopy(bytes, 0, buffer, position, bytes.length);
        position += bytes.length;
        return this;
    }

    CsvOut text(String text) throws IOException {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    CsvOut comma() throws IOException {
        return put((byte) ',');
    }

    CsvOut newline() throws IOException {
        return put((byte) '\n');
    }

    /** A field, quoted only when it must be. */
    CsvOut field(String value) throws IOException {
        return needsQuotes(value) ? quoted(value) : text(value);
    }

    /** A field in quotes whatever it holds, as CMS quotes some Provider Info columns. */
    CsvOut quoted(String value) throws IOException {
        return put((byte) '"').text(value.replace("\"", "\"\"")).put((byte) '"');
    }

    /** Whole hours and minutes as CMS prints them: 0, 8, 10.4, 10.77 (hundredths, trailing zeros dropped). */
    CsvOut hundredths(long value) throws IOException {
        ensure(24);
        if (value < 0) {
            buffer[position++] = '-';
            value = -value;
        }
        writeDigits(value / 100);
        int fraction = (int) (value % 100);
        if (fraction != 0) {
            buffer[position++] = '.';
            buffer[position++] = (byte) ('0' + fraction / 10);
            if (fraction % 10 != 0) {
                buffer[position++] = (byte) ('0' + fraction % 10);
            }
        }
        return this;
    }

    CsvOut integer(long value) throws IOException {
        ensure(21);
        if (value < 0) {
            buffer[position++] = '-';
            value = -value;
        }
        writeDigits(value);
        return this;
    }

    /** A date as YYYYMMDD, PBJ's WorkDate format. */
    CsvOut compactDate(int year, int month, int day) throws IOException {
        ensure(8);
        writeFixed(year, 4);
        writeFixed(month, 2);
        writeFixed(day, 2);
        return this;
    }

    static boolean needsQuotes(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** One CSV line of fields quoted only when they must be, without the line break. */
    static String line(String[] fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(needsQuotes(fields[i]) ? '"' + fields[i].replace("\"", "\"\"") + '"' : fields[i]);
        }
        return line.toString();
    }

    private CsvOut put(byte b) throws IOException {
        ensure(1);
        buffer[position++] = b;
        return this;
    }

    private void writeDigits(long value) {
        if (value < 10) {
            buffer[position++] = (byte) ('0' + value);
            return;
        }
        int digits = 0;
        for (long v = value; v > 0; v /= 10) {
            digits++;
        }
        for (int i = position + digits - 1; i >= position; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        position += digits;
    }

    private void writeFixed(int value, int width) {
        for (int i = position + width - 1; i >= position; i--) {
            buffer[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        position += width;
    }

    private void ensure(int bytes) throws IOException {
        if (buffer.length - position < bytes) {
            flushBuffer();
        }
    }

    private void flushBuffer() throws IOException {
        out.write(buffer, 0, position);
        bytesWritten += position;
        position = 0;
    }

    @Override
    public void close() throws IOException {
        flushBuffer();
        out.close();
    }
}
