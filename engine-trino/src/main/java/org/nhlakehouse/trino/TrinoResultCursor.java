package org.nhlakehouse.trino;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.nhlakehouse.core.engine.ResultColumn;
import org.nhlakehouse.core.engine.ResultPage;

/**
 * A query's open result, read page by page so that a large result is never held in memory. One row is read ahead, so
 * the last page carries no next-page token. Not thread-safe: {@link TrinoExecution} serialises its use.
 */
final class TrinoResultCursor {

    private record Page(long start, ResultPage page) {
    }

    private final ResultSet resultSet;
    private final ResultSetMetaData metadata;
    private final List<ResultColumn> columns;

    private List<Object> lookahead;
    private boolean exhausted;
    private long rowsServed;
    private Page lastPage;

    private TrinoResultCursor(ResultSet resultSet, ResultSetMetaData metadata, List<ResultColumn> columns) {
        this.resultSet = resultSet;
        this.metadata = metadata;
        this.columns = columns;
    }

    /**
     * Opens a cursor and reads the first row, which blocks until the query has produced it (or ended): Trino sends a
     * result's columns as soon as it has planned the query, while an aggregation computes until its first row.
     */
    static TrinoResultCursor open(ResultSet resultSet) throws SQLException {
        ResultSetMetaData metadata = resultSet.getMetaData();
        TrinoResultCursor cursor = new TrinoResultCursor(resultSet, metadata, TrinoValues.columns(metadata));
        cursor.readAhead();
        return cursor;
    }

    /** Whether every row has been read from the server (the statement's connection can be freed). */
    boolean exhausted() {
        return exhausted;
    }

    /**
     * The page that starts at {@code pageToken}. Pages are read in order; asking again for the page just read returns
     * it again, so a caller that retries after a lost response does not skip rows.
     *
     * @throws IllegalArgumentException for a token that is not the next page's nor the last page's
     * @throws SQLException when Trino fails while producing the rows
     */
    ResultPage page(Optional<String> pageToken, int maxRows) throws SQLException {
        long start = pageToken.map(TrinoResultCursor::parseToken).orElse(0L);
        if (lastPage != null && lastPage.start() == start) {
            return lastPage.page();
        }
        if (start != rowsServed) {
            throw new IllegalArgumentException(
                    "Pages are read in order: the next starts at row " + rowsServed + ", not " + start);
        }
        List<List<Object>> rows = new ArrayList<>(Math.min(maxRows, 1024));
        while (rows.size() < maxRows && lookahead != null) {
            rows.add(lookahead);
            readAhead();
        }
        rowsServed += rows.size();
        ResultPage page = new ResultPage(columns, rows,
                exhausted ? Optional.empty() : Optional.of(Long.toString(rowsServed)));
        lastPage = new Page(start, page);
        return page;
    }

    private void readAhead() throws SQLException {
        if (!exhausted && resultSet.next()) {
            lookahead = TrinoValues.row(resultSet, metadata, columns);
        } else {
            lookahead = null;
            exhausted = true;
        }
    }

    private static long parseToken(String token) {
        try {
            long start = Long.parseLong(token);
            if (start < 0) {
                throw new NumberFormatException(token);
            }
            return start;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a page token of this engine: " + token);
        }
    }
}
