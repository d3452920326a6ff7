package org.nhlakehouse.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.nhlakehouse.core.engine.EngineKind;
import org.nhlakehouse.core.landing.Dataset;

/**
 * Writes the DDL each engine needs, from the table declarations: the one place where DuckDB, Athena (Hive-style DDL,
 * Iceberg via TBLPROPERTIES) and Trino ({@code WITH (...)} properties) differ beyond the macros. Bronze tables are
 * text tables over the landed Bronze rows: a DuckDB view over {@code read_csv}, an Athena external table with
 * partition projection, a Trino Hive table whose partitions are registered as files land.
 */
public final class DdlRenderer {

    /** How long snapshots are kept for time travel before table maintenance expires them. */
    public static final java.time.Duration SNAPSHOT_RETENTION = java.time.Duration.ofDays(7);

    private final EngineKind engine;
    private final WarehouseNames names;
    private final String storageRoot;
    private final String trinoHiveCatalog;

    /**
     * @param storageRoot where objects live as the engine addresses them: an absolute folder for DuckDB,
     *        {@code s3://bucket} for Athena, {@code local://} (or an s3 URI) for Trino
     * @param trinoHiveCatalog the Trino catalog holding Bronze text tables (Trino only)
     */
    public DdlRenderer(EngineKind engine, WarehouseNames names, String storageRoot, String trinoHiveCatalog) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.names = Objects.requireNonNull(names, "names");
        this.storageRoot = storageRoot.endsWith("/") ? storageRoot.substring(0, storageRoot.length() - 1) : storageRoot;
        this.trinoHiveCatalog = trinoHiveCatalog;
        if (storageRoot.contains("'")) {
            throw new IllegalArgumentException("A storage root cannot contain quotes: " + storageRoot);
        }
    }

    public List<String> createSchemas() {
        return names.asMap().values().stream().sorted().map(schema -> switch (engine) {
            case DUCKDB -> "CREATE SCHEMA IF NOT EXISTS " + schema;
            case ATHENA -> "CREATE DATABASE IF NOT EXISTS `" + schema + "`";
            case TRINO -> "CREATE SCHEMA IF NOT EXISTS " + schema;
        }).toList();
    }

    public String createTable(TableSpec table) {
        String qualified = names.of(table.schema()) + "." + table.name();
        return switch (engine) {
            case DUCKDB -> "CREATE TABLE IF NOT EXISTS " + qualified + " (\n" + columns(table, this::duckDbType) + "\n)";
            case TRINO -> "CREATE TABLE IF NOT EXISTS " + qualified + " (\n" + columns(table, this::trinoType) + "\n)"
                    + " WITH (format = 'PARQUET'"
                    + (table.partitionedBy().isEmpty() ? ""
                            : ", partitioning = ARRAY[" + table.partitionedBy().stream().map(p -> "'" + p + "'")
                                    .collect(Collectors.joining(", ")) + "]")
                    + ")";
            case ATHENA -> "CREATE TABLE IF NOT EXISTS `" + names.of(table.schema()) + "`.`" + table.name() + "` (\n"
                    + table.columns().stream().map(c -> "  `" + c.name() + "` " + athenaType(c.type()))
                            .collect(Collectors.joining(",\n"))
                    + "\n)"
                    + (table.partitionedBy().isEmpty() ? ""
                            : "\nPARTITIONED BY (" + String.join(", ", table.partitionedBy()) + ")")
                    + "\nLOCATION '" + storageRoot + "/lakehouse/" + table.schema() + "/" + table.name() + "/'"
                    + "\nTBLPROPERTIES ('table_type' = 'ICEBERG', 'format' = 'parquet', 'write_compression' = 'zstd',"
                // What VACUUM keeps: a week of snapshots (time travel over the last runs), at least one.
                    + " 'vacuum_max_snapshot_age_seconds' = '" + SNAPSHOT_RETENTION.toSeconds() + "',"
                    + " 'vacuum_min_snapshots_to_keep' = '1', 'vacuum_max_metadata_files_to_keep' = '100')";
        };
    }

    /**
     * Iceberg maintenance of a table a run wrote, one statement each: compact the small files and delete files that
     * MERGE and DELETE leave behind, then expire snapshots older than {@link #SNAPSHOT_RETENTION} and remove the files
     * nothing refers to any more. DuckDB: none (its tables are its own storage, with no snapshots or data files).
     */
    public List<String> maintenance(TableSpec table) {
        String qualified = names.of(table.schema()) + "." + table.name();
        String retention = SNAPSHOT_RETENTION.toDays() + "d";
        return switch (engine) {
            case DUCKDB -> List.of();
            case ATHENA -> List.of("OPTIMIZE " + qualified + " REWRITE DATA USING BIN_PACK", "VACUUM " + qualified);
            case TRINO -> List.of("ALTER TABLE " + qualified + " EXECUTE optimize",
                    "ALTER TABLE " + qualified + " EXECUTE expire_snapshots(retention_threshold => '" + retention + "')",
                    "ALTER TABLE " + qualified + " EXECUTE remove_orphan_files(retention_threshold => '" + retention
                            + "')");
        };
    }

    public String createView(ViewSpec view, String renderedSelect) {
        return "CREATE OR REPLACE VIEW " + names.of(view.schema()) + "." + view.name() + " AS\n" + renderedSelect.strip();
    }

    /** The Bronze rows table of a dataset; on DuckDB an empty placeholder until a first file lands. */
    public String createBronzeTable(Dataset dataset) {
        List<String> columns = bronzeColumns(dataset);
        String qualified = names.bronze() + "." + dataset.bronzeTable();
        return switch (engine) {
            case DUCKDB -> "CREATE VIEW IF NOT EXISTS " + qualified + " AS SELECT "
                    + columns.stream().map(c -> "CAST(NULL AS VARCHAR) AS " + c).collect(Collectors.joining(", "))
                    + ", CAST(NULL AS VARCHAR) AS file_id WHERE false";
            case ATHENA -> "CREATE EXTERNAL TABLE IF NOT EXISTS `" + names.bronze() + "`.`" + dataset.bronzeTable()
                    + "` (\n" + columns.stream().map(c -> "  `" + c + "` string").collect(Collectors.joining(",\n"))
                    + "\n)\nPARTITIONED BY (`file_id` string)"
                    + "\nROW FORMAT DELIMITED FIELDS TERMINATED BY '\\001' LINES TERMINATED BY '\\n' NULL DEFINED AS ''"
                    + "\nSTORED AS TEXTFILE"
                    + "\nLOCATION '" + bronzeRowsLocation(dataset) + "'"
                    + "\nTBLPROPERTIES ('projection.enabled' = 'true', 'projection.file_id.type' = 'injected',"
                    + " 'storage.location.template' = '" + bronzeRowsLocation(dataset) + "file_id=${file_id}/')";
            case TRINO -> "CREATE TABLE IF NOT EXISTS " + trinoHiveCatalog + "." + qualified + " (\n"
                    + columns.stream().map(c -> "  " + c + " varchar").collect(Collectors.joining(",\n"))
                    + ",\n  file_id varchar\n) WITH (format = 'TEXTFILE', textfile_field_separator = U&'\\0001',"
                    + " null_format = '', partitioned_by = ARRAY['file_id'], external_location = '"
                    + bronzeRowsLocation(dataset) + "')";
        };
    }

    /**
     * What an engine must run after a file's Bronze rows land so that its Bronze table sees them: DuckDB re-points its
     * view at the files now present, Trino registers the partition, Athena needs nothing (partition projection).
     */
    public Optional<String> registerBronzeFile(Dataset dataset, String fileId) {
        if (!fileId.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException("Not a file id: " + fileId);
        }
        return switch (engine) {
            case DUCKDB -> Optional.of("CREATE OR REPLACE VIEW " + names.bronze() + "." + dataset.bronzeTable()
                    + " AS SELECT * FROM read_csv('" + bronzeRowsLocation(dataset) + "file_id=*/rows.txt*',"
                // The delimiter is U+0001 itself: DuckDB takes option strings literally, without escapes.
                    + " delim = '\u0001', quote = '', escape = '', header = false, auto_detect = false,"
                    + " new_line = '\\n', nullstr = '', hive_partitioning = true, hive_types = {'file_id': 'VARCHAR'},"
                    + " columns = {" + bronzeColumns(dataset).stream().map(c -> "'" + c + "': 'VARCHAR'")
                            .collect(Collectors.joining(", "))
                    + "})");
            case TRINO -> Optional.of("CALL " + trinoHiveCatalog + ".system.register_partition('" + names.bronze()
                    + "', '" + dataset.bronzeTable() + "', ARRAY['file_id'], ARRAY['" + fileId + "'])");
            case ATHENA -> Optional.empty();
        };
    }

    /** Where a dataset's Bronze rows live, as this engine addresses them, ending in '/'. */
    public String bronzeRowsLocation(Dataset dataset) {
        return storageRoot + "/bronze-rows/" + dataset.id() + "/";
    }

    /** line_number, the dataset's columns, record_issue, raw_record: the layout BronzeRowsWriter writes. */
    public static List<String> bronzeColumns(Dataset dataset) {
        List<String> columns = new ArrayList<>();
        columns.add("line_number");
        columns.addAll(dataset.columnNames());
        columns.add("record_issue");
        columns.add("raw_record");
        return columns;
    }

    private static String columns(TableSpec table, java.util.function.Function<String, String> type) {
        return table.columns().stream().map(c -> "  " + c.name() + " " + type.apply(c.type()))
                .collect(Collectors.joining(",\n"));
    }

    private String duckDbType(String type) {
        return type.toUpperCase(Locale.ROOT);
    }

    private String trinoType(String type) {
        return type.equals("timestamp") ? "timestamp(6)" : type;
    }

    private static String athenaType(String type) {
        return type.equals("varchar") ? "string" : type;
    }
}
