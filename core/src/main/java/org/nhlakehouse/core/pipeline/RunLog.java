package org.nhlakehouse.core.pipeline;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.engine.SqlType;
import org.nhlakehouse.core.engine.SqlValue;
import org.nhlakehouse.core.sql.RenderContext;

/** Reads and writes {@code ops.pipeline_runs}, and totals a batch's files for a run summary. */
public final class RunLog {

    /** What a run did to its batch's files, and what the warehouse now holds. */
    public record Summary(long files, long rowsIn, long rowsKept, long rowsRejected, long rowsSuperseded,
            long facilities, long quarters) {
        public static final Summary EMPTY = new Summary(0, 0, 0, 0, 0, 0, 0);
    }

    private final Warehouse warehouse;

    public RunLog(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    public Summary summarize(List<String> fileIds) {
        RenderContext context = warehouse.baseContext().withLiteralList("batch_file_ids",
                fileIds.stream().map(SqlValue.Text::new).toList());
        Map<String, Object> row = warehouse.engine().execute(SqlStatement.of(context.render(
                warehouse.catalog().statement("ops/run_summary"))).withLabel("run summary")).asMaps().getFirst();
        return new Summary(number(row, "files"), number(row, "rows_in"), number(row, "rows_kept"),
                number(row, "rows_rejected"), number(row, "rows_superseded"), number(row, "facilities"),
                number(row, "quarters"));
    }

    public void started(String runId, LocalDateTime startedAt, long filesLanded, long filesRefused) {
        record(runId, startedAt, null, "running", filesLanded, filesRefused, Summary.EMPTY, null);
    }

    public void succeeded(String runId, LocalDateTime startedAt, LocalDateTime finishedAt, long filesLanded,
            long filesRefused, Summary summary) {
        record(runId, startedAt, finishedAt, "succeeded", filesLanded, filesRefused, summary,
                summary.files() + " file(s) processed: " + summary.rowsIn() + " rows in, " + summary.rowsKept()
                        + " kept, " + summary.rowsRejected() + " quarantined, " + summary.rowsSuperseded()
                        + " superseded");
    }

    public void failed(String runId, LocalDateTime startedAt, LocalDateTime finishedAt, long filesLanded,
            long filesRefused, String cause) {
        record(runId, startedAt, finishedAt, "failed", filesLanded, filesRefused, Summary.EMPTY, cause);
    }

    private void record(String runId, LocalDateTime startedAt, LocalDateTime finishedAt, String status,
            long filesLanded, long filesRefused, Summary summary, String message) {
        RenderContext context = warehouse.baseContext()
                .withLiteral("run_id", new SqlValue.Text(runId))
                .withLiteral("started_at", new SqlValue.TimestampValue(startedAt))
                .withLiteral("finished_at", finishedAt == null ? new SqlValue.Null(SqlType.TIMESTAMP)
                        : new SqlValue.TimestampValue(finishedAt))
                .withLiteral("status", new SqlValue.Text(status))
                .withLiteral("files_landed", new SqlValue.Int64(filesLanded))
                .withLiteral("files_refused", new SqlValue.Int64(filesRefused))
                .withLiteral("rows_in", new SqlValue.Int64(summary.rowsIn()))
                .withLiteral("rows_kept", new SqlValue.Int64(summary.rowsKept()))
                .withLiteral("rows_rejected", new SqlValue.Int64(summary.rowsRejected()))
                .withLiteral("rows_superseded", new SqlValue.Int64(summary.rowsSuperseded()))
                .withLiteral("message", message == null ? new SqlValue.Null(SqlType.VARCHAR)
                        : new SqlValue.Text(message.length() > 2000 ? message.substring(0, 2000) : message));
        warehouse.engine().execute(SqlStatement.of(context.render(
                warehouse.catalog().statement("ops/pipeline_runs__record"))).withLabel("record run " + runId));
    }

    private static long number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }
}
