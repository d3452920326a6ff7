package org.nhlakehouse.trino;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.core.engine.SqlExecutionException;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.trino.testing.TrinoLakehouse;
import org.nhlakehouse.trino.testing.TrinoTest;

/**
 * Bronze: a Hive external table over the land step's canonical-rows files (UTF-8, one record a line, fields separated
 * by U+0001, no quoting or escaping, an empty field is NULL) under {@code bronze-rows/<dataset>/file_id=<hex>/}, read
 * from the Iceberg session by its {@code schema.table} name, as one Athena query reads Glue's Hive and Iceberg tables.
 */
@TrinoTest
class BronzeRawTextTableTest {

    private static final String FIELD = "\u0001";
    private static final String FILE_A = "0123456789abcdef";
    private static final String FILE_B = "fedcba9876543210";
    private static final Pattern FILE_ID = Pattern.compile("[0-9a-f]{16}");

    private final TrinoLakehouse lakehouse;
    private final TrinoSqlEngine engine;

    BronzeRawTextTableTest(TrinoLakehouse lakehouse) {
        this.lakehouse = lakehouse;
        this.engine = lakehouse.engine();
        lakehouse.createSchema("bronze");
    }

    @Test
    void landedFiles_areQueryableFromTheIcebergSession_onceTheirPartitionIsRegistered() throws IOException {
        String table = createRowsTable("pbj");
        land("pbj", FILE_A, "rows.txt", row("015009", "2024-04-01", "8.25", "first"));
        registerPartition(table, FILE_A);
        land("pbj", FILE_B, "rows.txt", row("415002", "2024-04-02", "7.5", "second"));

        assertThat(ccns("pbj", FILE_A, FILE_B)).containsExactly("015009");

        registerPartition(table, FILE_B);

        assertThat(ccns("pbj", FILE_A, FILE_B)).containsExactly("015009", "415002");
        assertThat(ccns("pbj", FILE_B)).containsExactly("415002");
    }

    @Test
    void fields_areReadVerbatim_andAnEmptyFieldIsNull() throws IOException {
        String table = createRowsTable("verbatim");
        land("verbatim", FILE_A, "rows.txt", row("51A009", "", "0", "a,b \"quoted\" 'x' \\n tab\tend"));
        registerPartition(table, FILE_A);

        QueryResult result = engine.execute(SqlStatement.of("select ccn, work_date, hours, note, file_id,"
                + " \"$path\" as path from bronze.verbatim_rows where file_id in (?)", FILE_A));

        Map<String, Object> row = result.asMaps().getFirst();
        assertThat(row).containsEntry("ccn", "51A009").containsEntry("work_date", null).containsEntry("hours", "0")
                .containsEntry("note", "a,b \"quoted\" 'x' \\n tab\tend").containsEntry("file_id", FILE_A)
                .containsEntry("path", lakehouse.location("bronze-rows/verbatim/file_id=" + FILE_A + "/rows.txt"));
    }

    @Test
    void gzippedFiles_areReadLikePlainOnes() throws IOException {
        String table = createRowsTable("gz");
        land("gz", FILE_A, "rows.txt", row("015009", "2024-04-01", "1", "plain"));
        land("gz", FILE_B, "rows.txt.gz", row("415002", "2024-04-02", "2", "gzipped"),
                row("415003", "2024-04-03", "3", "gzipped"));
        registerPartition(table, FILE_A);
        registerPartition(table, FILE_B);

        assertThat(ccns("gz", FILE_A, FILE_B)).containsExactly("015009", "415002", "415003");
    }

    @Test
    void syncPartitionMetadata_registersEveryLandedFile() throws IOException {
        createRowsTable("synced");
        land("synced", FILE_A, "rows.txt", row("015009", "2024-04-01", "1", ""));
        land("synced", FILE_B, "rows.txt", row("415002", "2024-04-02", "2", ""));

        engine.execute(SqlStatement.of("call hive.system.sync_partition_metadata(schema_name => 'bronze',"
                + " table_name => 'synced_rows', mode => 'ADD')"));

        assertThat(ccns("synced", FILE_A, FILE_B)).containsExactly("015009", "415002");
    }

    /** The Trino rendering of the Bronze DDL (Athena's is CREATE EXTERNAL TABLE ... ROW FORMAT DELIMITED). */
    private String createRowsTable(String dataset) throws IOException {
        String table = dataset + "_rows";
        // On a local file system the Hive connector wants the external location to exist (on S3 a prefix needs not).
        Files.createDirectories(lakehouse.localRoot().resolve("bronze-rows/" + dataset));
        engine.execute(SqlStatement.of("drop table if exists hive.bronze." + table));
        engine.execute(SqlStatement.of("create table hive.bronze." + table + " (ccn varchar, work_date varchar,"
                + " hours varchar, note varchar, file_id varchar) with (external_location = '"
                + lakehouse.location("bronze-rows/" + dataset) + "', format = 'TEXTFILE',"
                + " textfile_field_separator = U&'\\0001', null_format = '', partitioned_by = ARRAY['file_id'])"));
        return table;
    }

    @Test
    void registerPartition_takesNoParameters() throws IOException {
        String table = createRowsTable("unbound");

        assertThatThrownBy(() -> engine.execute(SqlStatement.of("call hive.system.register_partition("
                + "schema_name => 'bronze', table_name => ?, partition_columns => ARRAY['file_id'],"
                + " partition_values => ARRAY[?])", table, FILE_A)))
                .isInstanceOf(SqlExecutionException.class)
                .satisfies(e -> assertThat(((SqlExecutionException) e).errorType())
                        .isEqualTo("INVALID_PARAMETER_USAGE"));
    }

    /**
     * Athena: ALTER TABLE ... ADD PARTITION; Trino: the Hive connector's procedure. CALL takes no parameters (like
     * Athena's MERGE), so the file id goes into the text only after it matched its strict pattern.
     */
    private void registerPartition(String table, String fileId) {
        if (!FILE_ID.matcher(fileId).matches()) {
            throw new IllegalArgumentException("Not a file id: " + fileId);
        }
        engine.execute(SqlStatement.of("call hive.system.register_partition(schema_name => 'bronze', table_name => '"
                + table + "', partition_columns => ARRAY['file_id'], partition_values => ARRAY['" + fileId + "'])"));
    }

    private List<Object> ccns(String dataset, String... fileIds) {
        String placeholders = String.join(", ", Arrays.stream(fileIds).map(id -> "?").toList());
        QueryResult result = engine.execute(SqlStatement.of("select ccn from bronze." + dataset + "_rows"
                + " where file_id in (" + placeholders + ") order by ccn", (Object[]) fileIds));
        return result.rows().stream().map(List::getFirst).toList();
    }

    private static String row(String... fields) {
        return String.join(FIELD, fields) + "\n";
    }

    private void land(String dataset, String fileId, String name, String... rows) throws IOException {
        Path file = lakehouse.localRoot().resolve("bronze-rows/" + dataset + "/file_id=" + fileId + "/" + name);
        Files.createDirectories(file.getParent());
        byte[] bytes = String.join("", rows).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = name.endsWith(".gz") ? new GZIPOutputStream(Files.newOutputStream(file))
                : Files.newOutputStream(file)) {
            out.write(bytes);
        }
    }
}
