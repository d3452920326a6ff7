package org.nhlakehouse.core.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static String write(List<?>... rows) throws Exception {
        StringWriter out = new StringWriter();
        try (CsvWriter writer = new CsvWriter(out)) {
            for (List<?> row : rows) {
                writer.writeRow(row);
            }
        }
        return out.toString();
    }

    @Test
    void quotesWhatMustBeQuoted_andEndsLinesWithCrlf() throws Exception {
        assertThat(write(List.of("ccn", "provider_name"), List.of("015009", "BURNS NURSING HOME, INC."),
                List.of("x", "say \"hi\"\nthere")))
                .isEqualTo("ccn,provider_name\r\n015009,\"BURNS NURSING HOME, INC.\"\r\nx,\"say \"\"hi\"\"\nthere\"\r\n");
    }

    @Test
    void formulaText_isNeutralized_butNumbersStayNumbers() throws Exception {
        assertThat(write(Arrays.asList("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx")))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2+3,'@SUM(A1),'\tx,\"'\rx\"\r\n");
        assertThat(write(Arrays.asList(-0.5, -3L, new BigDecimal("-1.2500"), 1e-7, 2.68999, null, true,
                LocalDate.of(2024, 4, 1))))
                .isEqualTo("-0.5,-3,-1.2500,0.0000001,2.68999,,true,2024-04-01\r\n");
    }

    @Test
    void byteOrderMark_isWrittenOnceBeforeTheFirstRow_asUtf8Bytes() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (CsvWriter writer = new CsvWriter(new java.io.OutputStreamWriter(bytes,
                java.nio.charset.StandardCharsets.UTF_8))) {
            writer.writeByteOrderMark();
            writer.writeRow(List.of("city"));
            writer.writeRow(List.of("CAÑON"));
        }
        byte[] written = bytes.toByteArray();
        assertThat(java.util.Arrays.copyOf(written, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(written, 3, written.length - 3, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("city\r\nCAÑON\r\n");
    }
}
