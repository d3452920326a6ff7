package org.nhlakehouse.core.csv;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes CSV as RFC 4180 says (comma separated, CRLF line ends, fields with commas, quotes or line breaks in double
 * quotes, quotes doubled), streaming row by row.
 *
 * <p>
 * Text cells that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return) are
 * neutralized with a leading apostrophe (OWASP, "CSV Injection"). Numbers are written as plain decimals, never in
 * exponent notation and never neutralized, so a negative number stays a number.
 */
public final class CsvWriter implements AutoCloseable {

    /**
     * The UTF-8 byte-order mark: written first, it makes Excel read the file as UTF-8 (without it, "CAÑON" shows as
     * "CAÃ‘ON").
     */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Starts the file with {@link #BYTE_ORDER_MARK}; call before the first row. */
    public void writeByteOrderMark() throws IOException {
        out.write(BYTE_ORDER_MARK);
    }

    public void writeRow(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /** One cell as CSV text. */
    public static String cell(Object value) {
        return switch (value) {
            case null -> "";
            case Double d when d.isNaN() || d.isInfinite() -> "";
            case Double d -> BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            case Float f -> BigDecimal.valueOf(f).stripTrailingZeros().toPlainString();
            case BigDecimal d -> d.toPlainString();
            case Number n -> n.toString();
            case Boolean b -> b.toString();
            default -> quote(neutralize(value.toString()));
        };
    }

    /** Prefixes text that a spreadsheet would evaluate as a formula with an apostrophe. */
    public static String neutralize(String text) {
        if (!text.isEmpty()) {
            char first = text.charAt(0);
            if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
                return "'" + text;
            }
        }
        return text;
    }

    private static String quote(String text) {
        boolean needsQuotes = false;
        for (int i = 0; i < text.length() && !needsQuotes; i++) {
            char c = text.charAt(i);
            needsQuotes = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
