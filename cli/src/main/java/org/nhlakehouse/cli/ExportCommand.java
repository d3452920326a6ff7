package org.nhlakehouse.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.nhlakehouse.core.csv.CsvWriter;
import org.nhlakehouse.core.engine.ResultColumn;
import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.localrun.LocalLakehouse;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lakehouse export NAME --out FILE}: a named export, or any table or view, as CSV. */
@Command(name = "export", description = "Export as CSV (RFC 4180, UTF-8, header row, spreadsheet formulas neutralized) "
        + "one of the named exports, or any table or view as schema.table.")
final class ExportCommand implements Callable<Integer> {

    /** The named exports: a stable contract other tools rely on (columns are added, never renamed or removed). */
    static final Map<String, String> EXPORTS = new LinkedHashMap<>();

    static {
        EXPORTS.put("facility-quarters", "select * from gold.rpt_facility_quarters order by ccn, quarter");
        EXPORTS.put("data-health", "select * from gold.data_health order by landed_at, file");
        EXPORTS.put("rejects", "select f.file_name as file, r.line_number as line, r.reason, r.dataset, r.raw_text,"
                + " r.file_id from silver.rejects as r join ops.file_log as f on f.file_id = r.file_id"
                + " order by file, line");
        EXPORTS.put("state-quarters", "select * from gold.agg_state_quarter order by quarter, state");
        EXPORTS.put("national-quarters", "select * from gold.agg_national_quarter order by quarter");
        EXPORTS.put("facilities", "select * from gold.dim_facility order by ccn");
        EXPORTS.put("cms-conformance", "select * from gold.rpt_cms_conformance order by quarter, ccn");
    }

    @Mixin
    WarehouseOption warehouse;

    @Parameters(index = "0", paramLabel = "NAME", description = "facility-quarters, data-health, rejects, state-quarters, national-quarters, facilities, "
            + "cms-conformance, or a table or view such as gold.agg_peer_distribution.")
    String name;

    @Option(names = { "-o", "--out" }, paramLabel = "FILE", required = true, description = "The CSV file to write.")
    Path out;

    // Off by default: the named exports are a contract for scripts, and a BOM would become part of their first
    // column's name in readers that do not strip it. The dashboard's downloads, made for spreadsheets, always have it.
    @Option(names = "--bom", description = "Start the file with a UTF-8 byte-order mark, so that Excel reads "
            + "accented names (CAÑON) as UTF-8.")
    boolean bom;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String query = EXPORTS.get(name);
        if (query == null) {
            if (!name.matches("(bronze|silver|gold|ops)\\.[a-z_][a-z0-9_]*")) {
                throw new IllegalArgumentException("unknown export '" + name + "': use one of " + EXPORTS.keySet()
                        + " or schema.table");
            }
            query = "select * from " + name;
        }
        PrintWriter console = spec.commandLine().getOut();
        try (LocalLakehouse lakehouse = warehouse.openReadOnly()) {
            long rows = write(lakehouse.engine(), query, out, bom);
            console.printf("Wrote %,d rows to %s%n", rows, out.toAbsolutePath());
        }
        return LakehouseCli.OK;
    }

    /** Streams a query's rows into a CSV file page by page; the file appears complete or not at all. */
    static long write(SqlEngine engine, String query, Path file, boolean byteOrderMark) throws Exception {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".export-", ".csv");
        long rows;
        try (BufferedWriter writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                CsvWriter csv = new CsvWriter(writer)) {
            rows = engine.stream(SqlStatement.of(query).withLabel("export"), Duration.ofHours(1),
                    new SqlEngine.RowSink<IOException>() {
                        @Override
                        public void columns(List<ResultColumn> columns) throws IOException {
                            if (byteOrderMark) {
                                csv.writeByteOrderMark();
                            }
                            csv.writeRow(columns.stream().map(ResultColumn::name).toList());
                        }

                        @Override
                        public void row(List<Object> row) throws IOException {
                            csv.writeRow(row);
                        }
                    });
        } catch (Exception e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return rows;
    }
}
