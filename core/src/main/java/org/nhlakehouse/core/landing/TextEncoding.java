package org.nhlakehouse.core.landing;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * CMS files are mostly ASCII, sometimes UTF-8, and in several PBJ quarters Windows-1252 (a few facility names carry
 * bytes like 0x92 for a right single quote). Each record is checked: valid UTF-8 passes unchanged, anything else is
 * read as Windows-1252 and re-encoded as UTF-8, so a Latin-1 name never breaks a load and Bronze rows are always UTF-8.
 */
final class TextEncoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and 0x9D undefined; those are read as their Latin-1 code points. */
    private static final char[] CP1252 = new char[256];

    static {
        for (int b = 0; b < 256; b++) {
            String decoded = new String(new byte[] { (byte) b }, WINDOWS_1252);
            char c = decoded.charAt(0);
            CP1252[b] = c == '\uFFFD' ? (char) b : c;
        }
    }

    private TextEncoding() {
    }

    /** Whether {@code length} bytes from {@code offset} are well-formed UTF-8 (no overlongs, no surrogates). */
    static boolean isValidUtf8(byte[] bytes, int offset, int length) {
        int i = offset;
        int end = offset + length;
        while (i < end) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int needed;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                needed = 1;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                needed = 2;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                needed = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + needed >= end) {
                return false;
            }
            int codePoint = b & (0x3F >> needed);
            for (int k = 1; k <= needed; k++) {
                int next = bytes[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    return false;
                }
                codePoint = (codePoint << 6) | (next & 0x3F);
            }
            if (codePoint < min || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                return false;
            }
            i += needed + 1;
        }
        return true;
    }

    /** Re-encodes a record read as Windows-1252 into UTF-8, in place (field offsets are rebuilt). */
    static void transcodeWindows1252ToUtf8(CsvRecord record) {
        byte[] old = record.data;
        int[] oldStarts = record.starts.clone();
        int[] oldEnds = record.ends.clone();
        int fields = record.fieldCount;
        StringBuilder text = new StringBuilder(record.length);
        int[] charEnds = new int[fields];
        for (int f = 0; f < fields; f++) {
            for (int i = oldStarts[f]; i < oldEnds[f]; i++) {
                text.append(CP1252[old[i] & 0xFF]);
            }
            charEnds[f] = text.length();
        }
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(text.toString());
        byte[] utf8 = new byte[encoded.remaining()];
        encoded.get(utf8);
        record.data = utf8.length <= old.length ? old : new byte[utf8.length * 2];
        System.arraycopy(utf8, 0, record.data, 0, utf8.length);
        record.length = utf8.length;
        int charStart = 0;
        int byteStart = 0;
        for (int f = 0; f < fields; f++) {
            int byteLength = text.substring(charStart, charEnds[f]).getBytes(StandardCharsets.UTF_8).length;
            record.starts[f] = byteStart;
            record.ends[f] = byteStart + byteLength;
            byteStart += byteLength;
            charStart = charEnds[f];
        }
    }
}
