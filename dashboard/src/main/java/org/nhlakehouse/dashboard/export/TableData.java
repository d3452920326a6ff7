package org.nhlakehouse.dashboard.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.dashboard.query.ViewQuery;
import org.nhlakehouse.dashboard.view.Column;
import org.nhlakehouse.dashboard.view.Columns;
import org.nhlakehouse.dashboard.web.QueryString;

/**
 * One table of a view as data, the single description its CSV and JSON exports are both written from.
 *
 * @param view the export's name, e.g. {@code states} or {@code facility-015009-days}
 * @param filters the normalized filters (also in the file name)
 * @param query the table's own query: same filters and sort as the page, every page of a paginated table; null for a
 *        table computed in memory
 * @param columns the table's columns, in page order
 * @param quarter the one quarter the table describes, or null when its rows span quarters (they carry their own)
 * @param result the rows of a table computed in memory (such as search results, which no query answers), else null
 */
public record TableData(String view, QueryString filters, ViewQuery query, List<Column> columns, String quarter,
        QueryResult result) {

    /** The column a one-quarter table's export starts with, so that a file read alone still says its quarter. */
    public static final Column QUARTER = Columns.QUARTER;

    public TableData {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(filters, "filters");
        if ((query == null) == (result == null)) {
            throw new IllegalArgumentException("a table is either a query or an in-memory result: " + view);
        }
        columns = List.copyOf(columns);
    }

    /** A table whose rows span quarters, or belong to none. */
    public static TableData of(String view, QueryString filters, ViewQuery query, List<Column> columns) {
        return new TableData(view, filters, query, columns, null, null);
    }

    /** A table computed in memory, whose rows span quarters or belong to none; its rows hold the columns by name. */
    public static TableData ofResult(String view, QueryString filters, QueryResult result, List<Column> columns) {
        return new TableData(view, filters, null, columns, null, Objects.requireNonNull(result, "result"));
    }

    /** A table of one quarter: its exports start with a {@link #QUARTER} column. */
    public static TableData ofQuarter(String view, QueryString filters, ViewQuery query, List<Column> columns,
            String quarter) {
        return new TableData(view, filters, Objects.requireNonNull(query, "query"), columns,
                Objects.requireNonNull(quarter, "quarter"), null);
    }

    /** The exported columns: the page's, after the quarter for a one-quarter table. */
    public List<Column> exportedColumns() {
        if (quarter == null || columns.stream().anyMatch(c -> c.key().equals(QUARTER.key()))) {
            return columns;
        }
        List<Column> all = new ArrayList<>(columns.size() + 1);
        all.add(QUARTER);
        all.addAll(columns);
        return all;
    }
}
