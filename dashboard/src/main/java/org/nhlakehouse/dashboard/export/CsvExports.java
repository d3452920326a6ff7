package org.nhlakehouse.dashboard.export;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;
import jakarta.ws.rs.core.Response;

import org.nhlakehouse.core.csv.CsvWriter;
import org.nhlakehouse.core.engine.ResultColumn;
import org.nhlakehouse.dashboard.query.GoldQueries;
import org.nhlakehouse.dashboard.query.Loaded;
import org.nhlakehouse.dashboard.query.ViewQuery;
import org.nhlakehouse.dashboard.view.Column;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.web.QueryString;

/**
 * CSV exports of exactly what a page table shows: the same query with the same filters and sort (every page of a
 * paginated table), the same columns in the same order under their keys, values unrounded. RFC 4180, UTF-8, a header
 * row, spreadsheet formulas neutralized ({@link CsvWriter}); rows are written as the engine returns them, page by
 * page. The file name carries the view, the filters and the data's as-of.
 */
@Singleton
public class CsvExports {

    private final GoldQueries queries;
    private final Loaded loaded;
    private final ExportTarget target;

    public CsvExports(GoldQueries queries, Loaded loaded, ExportTarget target) {
        this.queries = queries;
        this.loaded = loaded;
        this.target = target;
    }

    public Response export(String view, QueryString filters, ViewQuery query, List<Column> columns) throws Exception {
        String fileName = fileName(view, filters, loaded.provenance().asOf());
        return target.deliver(fileName, out -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            CsvWriter csv = new CsvWriter(writer);
            List<Object> projected = new ArrayList<>(columns.size());
            int[][] indexes = new int[1][];
            queries.stream(query, new GoldQueries.RowSink() {
                @Override
                public void columns(List<ResultColumn> resultColumns) throws Exception {
                    indexes[0] = DataTable.indexes(view, columns, resultColumns.stream().map(ResultColumn::name)
                            .toList());
                    csv.writeRow(columns.stream().map(Column::key).toList());
                }

                @Override
                public void row(List<Object> row) throws Exception {
                    projected.clear();
                    for (int index : indexes[0]) {
                        projected.add(row.get(index));
                    }
                    csv.writeRow(projected);
                }
            });
            if (indexes[0] == null) {
                csv.writeRow(columns.stream().map(Column::key).toList());
            }
            csv.close();
        });
    }

    /** {@code <view>_<filters>_asof-<quarter>[-pi-<date>].csv}, with nothing but letters, digits, '.', '_' and '-'. */
    static String fileName(String view, QueryString filters, String asOf) {
        String filterPart = filters.fileNamePart();
        String name = view + (filterPart.isEmpty() ? "" : "_" + filterPart) + "_asof-" + asOf;
        return name.replaceAll("[^A-Za-z0-9._-]", "") + ".csv";
    }
}
