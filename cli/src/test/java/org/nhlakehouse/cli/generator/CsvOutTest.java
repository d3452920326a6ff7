package org.nhlakehouse.cli.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvOutTest {

    @Test
    void hours_arePrintedAsCmsPrintsThem() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvOut csv = new CsvOut(bytes)) {
            for (long value : new long[] { 0, 800, 1040, 1077, 5, 12345678 }) {
                csv.hundredths(value).comma();
            }
            csv.field("BURNS NURSING HOME, INC.").comma().field("A \"B\"").comma().compactDate(2024, 4, 1);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .isEqualTo("0,8,10.4,10.77,0.05,123456.78,\"BURNS NURSING HOME, INC.\",\"A \"\"B\"\"\",20240401");
    }

    @Test
    void publishedValues_roundHalfAwayFromZero_toFixedDecimals() {
        assertThat(QuarterTotals.decimals(4.293612, 5)).isEqualTo("4.29361");
        assertThat(QuarterTotals.decimals(0.3111, 5)).isEqualTo("0.31110");
        assertThat(QuarterTotals.decimals(53.25, 1)).isEqualTo("53.3");
        assertThat(QuarterTotals.decimals(-87.7364, 3)).isEqualTo("-87.736");
        assertThat(QuarterTotals.perResidentDay(0, 0)).isEmpty();
    }
}
