package org.nhlakehouse.dashboard.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.nhlakehouse.core.csv.CsvWriter;
import org.nhlakehouse.core.engine.QueryResult;

/**
 * A table as a page shows it.
 *
 * @param id the element id (also the {@code table} value of its export)
 * @param caption what the table is
 * @param columns its columns
 * @param rows its cells, row by row
 * @param exportHref the CSV export of exactly these rows and columns (all pages when the table is paginated)
 */
public record DataTable(String id, String caption, List<Column> columns, List<List<Cell>> rows, String exportHref,
        List<Header> headers) {

    public DataTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        headers = List.copyOf(headers);
    }

    public DataTable(String id, String caption, List<Column> columns, List<List<Cell>> rows, String exportHref) {
        this(id, caption, columns, rows, exportHref, columns.stream()
                .map(c -> new Header(c.measure(), c.label(), c.unit(), "", "none", c.numeric())).toList());
    }

    /** The same table with headers that sort: {@code href} gives each sortable column's link (null: not sortable). */
    public DataTable withSortLinks(Function<Column, String> href, String sortedKey, boolean descending) {
        List<Header> sortable = columns.stream().map(c -> {
            String link = href.apply(c);
            String aria = c.key().equals(sortedKey) ? (descending ? "descending" : "ascending") : "none";
            return new Header(c.measure(), c.label(), c.unit(), link == null ? "" : link, aria, c.numeric());
        }).toList();
        return new DataTable(id, caption, columns, rows, exportHref, sortable);
    }

    private static String shownOf(String caption, int limit, int all) {
        return String.format(java.util.Locale.ROOT, "%s (the first %,d of %,d rows; the CSV has them all)", caption,
                limit, all);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public int size() {
        return rows.size();
    }

    /**
     * Builds a table from a query that selects (at least) the table's columns, by name; extra result columns, such as a
     * paging count, are not shown.
     *
     * @param facilityLink the facility page of a CCN (for {@link Format#FACILITY} columns)
     */
    public static DataTable of(String id, String caption, List<Column> columns, QueryResult result, String exportHref,
            Function<String, String> facilityLink) {
        return of(id, caption, columns, result, exportHref, facilityLink, Integer.MAX_VALUE);
    }

    /** Like {@link #of}, with each {@link Format#STATE} cell linking to {@code stateLink} of its state code. */
    public static DataTable of(String id, String caption, List<Column> columns, QueryResult result, String exportHref,
            Function<String, String> facilityLink, Function<String, String> stateLink) {
        return of(id, caption, columns, result, exportHref, facilityLink, stateLink, Integer.MAX_VALUE);
    }

    /**
     * Like {@link #of}, with only the first {@code limit} rows of the result made into cells (the caption says how many
     * of how many): formatting 15,000 rows to show 250 was most of a cold national scatter page.
     */
    public static DataTable of(String id, String caption, List<Column> columns, QueryResult result, String exportHref,
            Function<String, String> facilityLink, int limit) {
        return of(id, caption, columns, result, exportHref, facilityLink, state -> "", limit);
    }

    private static DataTable of(String id, String caption, List<Column> columns, QueryResult result,
            String exportHref, Function<String, String> facilityLink, Function<String, String> stateLink, int limit) {
        int[] indexes = indexes(id, columns, result.columnNames());
        List<List<Object>> shown = result.rows().size() <= limit ? result.rows() : result.rows().subList(0, limit);
        if (shown.size() < result.rows().size()) {
            caption = shownOf(caption, limit, result.rows().size());
        }
        List<List<Cell>> rows = new ArrayList<>(shown.size());
        for (List<Object> values : shown) {
            List<Cell> cells = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                Object value = values.get(indexes[i]);
                String href = value == null ? ""
                        : switch (column.format()) {
                            case FACILITY -> facilityLink.apply(value.toString());
                            case STATE -> value.toString().isEmpty() ? "" : stateLink.apply(value.toString());
                            default -> "";
                        };
                cells.add(new Cell(column.format().text(value), raw(value), href, column.numeric()));
            }
            rows.add(cells);
        }
        return new DataTable(id, caption, columns, rows, exportHref);
    }

    /**
     * Where each of a table's columns is in a query result. The query behind a table must select every column of the
     * table, so that the page and its export cannot drift apart.
     */
    public static int[] indexes(String id, List<Column> columns, List<String> resultColumns) {
        List<String> actual = resultColumns.stream().map(c -> c.toLowerCase(java.util.Locale.ROOT)).toList();
        int[] indexes = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            indexes[i] = actual.indexOf(columns.get(i).key());
            if (indexes[i] < 0) {
                throw new IllegalStateException("Table " + id + " needs column " + columns.get(i).key()
                        + " but its query returned " + actual);
            }
        }
        return indexes;
    }

    /** A value unrounded: numbers as plain decimals (as in the CSV export), anything else as text. */
    static String raw(Object value) {
        return value == null ? "" : value instanceof Number ? CsvWriter.cell(value) : value.toString();
    }
}
