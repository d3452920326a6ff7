package org.nhlakehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.local.DuckDbSqlEngine;

class ExportCommandTest {

    static final String QUERY = "select '2023Q2' as quarter, 'CAÑON' as city";

    @Test
    void bomOption_startsTheFileWithTheUtf8ByteOrderMark_andOnlyThen(@TempDir Path dir) throws Exception {
        try (DuckDbSqlEngine engine = DuckDbSqlEngine.inMemory()) {
            ExportCommand.write(engine, QUERY, dir.resolve("excel.csv"), true);
            ExportCommand.write(engine, QUERY, dir.resolve("plain.csv"), false);
        }

        byte[] excel = Files.readAllBytes(dir.resolve("excel.csv"));
        assertThat(Arrays.copyOf(excel, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(excel, 3, excel.length - 3, StandardCharsets.UTF_8))
                .isEqualTo("quarter,city\r\n2023Q2,CAÑON\r\n");
        // The named-export contract for scripts is unchanged: the header's first name is exactly "quarter".
        assertThat(Files.readString(dir.resolve("plain.csv"))).isEqualTo("quarter,city\r\n2023Q2,CAÑON\r\n");
    }
}
