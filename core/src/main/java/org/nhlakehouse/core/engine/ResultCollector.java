package org.nhlakehouse.core.engine;

import java.util.ArrayList;
import java.util.List;

/** Collects a streamed result into memory, for {@link SqlEngine#execute} and {@link SqlEngine#fetch}. */
final class ResultCollector implements SqlEngine.RowSink<RuntimeException> {

    private List<ResultColumn> columns = List.of();
    private final List<List<Object>> rows = new ArrayList<>();

    @Override
    public void columns(List<ResultColumn> resultColumns) {
        columns = resultColumns;
    }

    @Override
    public void row(List<Object> row) {
        rows.add(row);
    }

    QueryResult result(QueryStats stats) {
        return new QueryResult(columns, rows, stats);
    }
}
