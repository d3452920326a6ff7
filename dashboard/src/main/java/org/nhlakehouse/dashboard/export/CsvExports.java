package org.nhlakehouse.dashboard.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;

import org.nhlakehouse.core.csv.CsvWriter;
import org.nhlakehouse.core.engine.ResultColumn;
import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.dashboard.query.GoldQueries;
import org.nhlakehouse.dashboard.query.Loaded;
import org.nhlakehouse.dashboard.view.Column;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.web.QueryString;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;

/**
 * The CSV and JSON exports of any page table, both written from one {@link TableData}: the table's own query with the
 * same filters and sort (every page of a paginated table), the same columns in the same order, values unrounded, a
 * one-quarter table's rows led by their quarter. Rows are written as the engine returns them, page by page.
 * <ul>
 * <li>CSV (for spreadsheets): UTF-8 with a byte-order mark, RFC 4180, the page's column labels as the header row,
 * spreadsheet formulas neutralized ({@link CsvWriter}).</li>
 * <li>JSON (for scripts): {@code {view, filters, asOf, columns: [{name, label, unit}], rows: [{name: value}]}} with
 * the columns' stable machine names as keys; the OpenAPI description documents it.</li>
 * </ul>
 * The file name carries the view, the filters and the data's as-of. A view offers both by binding
 * {@link ExportFormat#PATH} and calling {@link #export(String, TableData)}.
 */
@Singleton
public class CsvExports {

    /**
     * Writes '<', '>' and '&' as {@code \u003C}-style escapes: a filter echoed back (the search text) can never read as
     * markup, even to a client that sniffs the body as HTML.
     */
    private static final JsonFactory JSON = new JsonFactory().setCharacterEscapes(new HtmlSafeEscapes());

    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private final int[] escapes = CharacterEscapes.standardAsciiEscapesForJSON();

        HtmlSafeEscapes() {
            for (char c : new char[] { '<', '>', '&' }) {
                escapes[c] = CharacterEscapes.ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    private final GoldQueries queries;
    private final Loaded loaded;
    private final ExportTarget target;

    public CsvExports(GoldQueries queries, Loaded loaded, ExportTarget target) {
        this.queries = queries;
        this.loaded = loaded;
        this.target = target;
    }

    /** The table in the format named by the request path ({@code csv} or {@code json}). */
    public Response export(String format, TableData table) throws Exception {
        return export(ExportFormat.of(format), table);
    }

    public Response export(ExportFormat format, TableData table) throws Exception {
        String asOf = loaded.provenance().asOf();
        String fileName = fileName(table.view(), table.filters(), asOf, format);
        List<Column> columns = table.exportedColumns();
        return target.deliver(fileName, format.mediaType(), out -> {
            RowWriter writer = format == ExportFormat.CSV ? new CsvRows(out) : new JsonRows(out, table, asOf);
            List<Object> projected = new ArrayList<>(columns.size());
            int[][] indexes = new int[1][];
            boolean leadingQuarter = columns.size() > table.columns().size();
            SqlEngine.RowSink<IOException> sink = new SqlEngine.RowSink<>() {
                @Override
                public void columns(List<ResultColumn> resultColumns) throws IOException {
                    indexes[0] = DataTable.indexes(table.view(), table.columns(),
                            resultColumns.stream().map(ResultColumn::name).toList());
                    writer.header(columns);
                }

                @Override
                public void row(List<Object> row) throws IOException {
                    projected.clear();
                    if (leadingQuarter) {
                        projected.add(table.quarter());
                    }
                    for (int index : indexes[0]) {
                        projected.add(row.get(index));
                    }
                    writer.row(columns, projected);
                }
            };
            if (table.query() != null) {
                queries.stream(table.query(), sink);
            } else {
                sink.columns(table.result().columns());
                for (List<Object> row : table.result().rows()) {
                    sink.row(row);
                }
            }
            if (indexes[0] == null) {
                writer.header(columns);
            }
            writer.finish();
        });
    }

    /** {@code <view>_<filters>_asof-<quarter>[-pi-<date>].<ext>}, with nothing but letters, digits, '.', '_', '-'. */
    static String fileName(String view, QueryString filters, String asOf, ExportFormat format) {
        String filterPart = filters.fileNamePart();
        String name = view + (filterPart.isEmpty() ? "" : "_" + filterPart) + "_asof-" + asOf;
        return name.replaceAll("[^A-Za-z0-9._-]", "") + "." + format.extension();
    }

    /** Writes one format, row by row. */
    private interface RowWriter {
        void header(List<Column> columns) throws IOException;

        void row(List<Column> columns, List<Object> values) throws IOException;

        void finish() throws IOException;
    }

    private static final class CsvRows implements RowWriter {
        private final CsvWriter csv;

        CsvRows(OutputStream out) throws IOException {
            csv = new CsvWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
            csv.writeByteOrderMark();
        }

        @Override
        public void header(List<Column> columns) throws IOException {
            csv.writeRow(columns.stream().map(Column::label).toList());
        }

        @Override
        public void row(List<Column> columns, List<Object> values) throws IOException {
            csv.writeRow(values);
        }

        @Override
        public void finish() throws IOException {
            csv.close();
        }
    }

    private static final class JsonRows implements RowWriter {
        private final JsonGenerator json;

        JsonRows(OutputStream out, TableData table, String asOf) throws IOException {
            json = JSON.createGenerator(out, JsonEncoding.UTF8);
            json.writeStartObject();
            json.writeStringField("view", table.view());
            json.writeObjectFieldStart("filters");
            for (var filter : table.filters().values().entrySet()) {
                json.writeStringField(filter.getKey(), filter.getValue());
            }
            json.writeEndObject();
            json.writeStringField("asOf", asOf);
        }

        @Override
        public void header(List<Column> columns) throws IOException {
            json.writeArrayFieldStart("columns");
            for (Column column : columns) {
                json.writeStartObject();
                json.writeStringField("name", column.key());
                json.writeStringField("label", column.label());
                json.writeStringField("unit", column.unit());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("rows");
        }

        @Override
        public void row(List<Column> columns, List<Object> values) throws IOException {
            json.writeStartObject();
            for (int i = 0; i < columns.size(); i++) {
                json.writeFieldName(columns.get(i).key());
                writeValue(values.get(i));
            }
            json.writeEndObject();
        }

        private void writeValue(Object value) throws IOException {
            switch (value) {
                case null -> json.writeNull();
                case Double d when d.isNaN() || d.isInfinite() -> json.writeNull();
                case Float f when f.isNaN() || f.isInfinite() -> json.writeNull();
                case BigDecimal d -> json.writeNumber(d);
                case BigInteger i -> json.writeNumber(i);
                case Double d -> json.writeNumber(d);
                case Float f -> json.writeNumber(f);
                case Number n -> json.writeNumber(n.longValue());
                case Boolean b -> json.writeBoolean(b);
                default -> json.writeString(value.toString());
            }
        }

        @Override
        public void finish() throws IOException {
            json.writeEndArray();
            json.writeEndObject();
            json.close();
        }
    }
}
