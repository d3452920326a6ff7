package org.nhlakehouse.dashboard.health;

import java.util.List;

import org.nhlakehouse.dashboard.query.ViewQuery;
import org.nhlakehouse.dashboard.view.Column;
import org.nhlakehouse.dashboard.view.Columns;
import org.nhlakehouse.dashboard.view.Format;
import org.nhlakehouse.dashboard.view.PageTable;

/** The Data health page's tables. */
public enum HealthTable implements PageTable.Choice {
    FILES("Input files: rows in = kept + rejected + superseded", List.of(
            Column.of("file", "File", Format.TEXT),
            Column.of("dataset", "Dataset", Format.TEXT),
            Column.of("status", "Status", Format.TEXT),
            Column.of("rows_in", "Rows in", Format.INTEGER),
            Column.of("rows_kept", "Kept", Format.INTEGER),
            Column.of("rows_rejected", "Rejected", Format.INTEGER),
            Column.of("rows_superseded", "Superseded", Format.INTEGER),
            Column.of("rejected_by_reason", "Rejected by reason", Format.TEXT),
            Column.of("refusal_reason", "Refused because", Format.TEXT),
            Column.of("refusal_detail", "Refusal detail", Format.TEXT),
            Column.of("conserved", "Adds up", Format.BOOLEAN),
            Column.of("landed_at", "Landed (UTC)", Format.DATE),
            Column.of("processed_at", "Processed (UTC)", Format.DATE))),
    REASONS("Rejected rows by file and reason", List.of(
            Column.of("file", "File", Format.TEXT),
            Column.of("dataset", "Dataset", Format.TEXT),
            Column.of("reason", "Reason", Format.TEXT),
            Column.of("rows_rejected", "Rows", Format.INTEGER),
            Column.of("first_line", "First line", Format.INTEGER))),
    EXCLUDED("Facility-quarters excluded from state, national and peer figures (CMS: total HPRD > 12 or"
            + " aide HPRD > 5.25)",
            List.of(
                    Column.of("ccn", "CCN", Format.TEXT),
                    Columns.QUARTER,
                    Columns.STATE,
                    Columns.TOTAL_HPRD,
                    Columns.AIDE_HPRD,
                    Column.of("cms_exclusion", "Excluded because", Format.TEXT))),
    RUNS("Pipeline runs (latest first)", List.of(
            Column.of("run_id", "Run", Format.TEXT),
            Column.of("status", "Outcome", Format.TEXT),
            Column.of("started_at", "Started (UTC)", Format.DATE),
            Column.of("finished_at", "Finished (UTC)", Format.DATE),
            Column.of("files_landed", "Files landed", Format.INTEGER),
            Column.of("files_refused", "Files refused", Format.INTEGER),
            Column.of("rows_in", "Rows in", Format.INTEGER),
            Column.of("rows_kept", "Kept", Format.INTEGER),
            Column.of("rows_rejected", "Rejected", Format.INTEGER),
            Column.of("rows_superseded", "Superseded", Format.INTEGER),
            Column.of("message", "Message", Format.TEXT)));

    private final PageTable table;

    HealthTable(String caption, List<Column> columns) {
        this.table = new PageTable(caption, columns);
    }

    @Override
    public PageTable table() {
        return table;
    }

    public ViewQuery query() {
        return ViewQuery.of("health_" + param());
    }
}
