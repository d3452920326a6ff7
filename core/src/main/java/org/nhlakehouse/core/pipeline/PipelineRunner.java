package org.nhlakehouse.core.pipeline;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.engine.SqlType;
import org.nhlakehouse.core.engine.SqlValue;
import org.nhlakehouse.core.landing.LandingOutcome;
import org.nhlakehouse.core.sql.PipelineStep;
import org.nhlakehouse.core.sql.RenderContext;

/**
 * Runs the pipeline in one process: land new raw files, then every SQL step of {@code sql/manifest.yaml} in order for
 * the batch of landed files (Silver per dataset, the data-quality gate, Gold), then mark the files processed. Every
 * step is idempotent, so a run interrupted anywhere is completed by the next run.
 */
public final class PipelineRunner {

    private final Warehouse warehouse;
    private final Landing landing;
    private final FileLog fileLog;
    private final Clock clock;

    public PipelineRunner(Warehouse warehouse, Landing landing, FileLog fileLog, Clock clock) {
        this.warehouse = warehouse;
        this.landing = landing;
        this.fileLog = fileLog;
        this.clock = clock;
    }

    public RunReport run(String runId, PipelineListener listener) {
        long started = System.nanoTime();
        LocalDateTime startedAt = now();
        warehouse.setUp();
        recordRun(runId, startedAt, null, "running", 0, 0, new long[5], null);
        List<LandingOutcome.Landed> landed = new ArrayList<>();
        List<LandingOutcome.Refused> refused = new ArrayList<>();
        List<StepResult> steps = new ArrayList<>();
        try {
            for (LandingOutcome outcome : landing.landNew(runId, listener)) {
                switch (outcome) {
                    case LandingOutcome.Landed l -> landed.add(l);
                    case LandingOutcome.Refused r -> refused.add(r);
                }
            }
            Batch batch = fileLog.pendingBatch(runId, now());
            if (batch.isEmpty()) {
                listener.message("No landed files are waiting to be processed.");
            } else {
                for (PipelineStep step : warehouse.catalog().steps()) {
                    if (step.dataset().isPresent() && !batch.has(step.dataset().get())) {
                        continue;
                    }
                    steps.add(runStep(step, batch, listener));
                }
            }
            long[] totals = summary(batch);
            RunReport report = new RunReport(runId, batch.isEmpty() ? "" : batch.batchId(), landed, refused, steps,
                    totals[0], totals[1], totals[2], totals[3], totals[4], totals[5], totals[6],
                    (System.nanoTime() - started) / 1_000_000);
            recordRun(runId, startedAt, now(), "succeeded", landed.size(), refused.size(),
                    new long[] { totals[1], totals[2], totals[3], totals[4] }, summaryMessage(report));
            return report;
        } catch (RuntimeException e) {
            recordRun(runId, startedAt, now(), "failed", landed.size(), refused.size(), new long[5],
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            throw e;
        }
    }

    private StepResult runStep(PipelineStep step, Batch batch, PipelineListener listener) {
        listener.stepStarted(step);
        long started = System.nanoTime();
        QueryResult result = warehouse.engine().execute(warehouse.stepStatement(step, batch));
        long elapsed = (System.nanoTime() - started) / 1_000_000;
        if (step.kind() == PipelineStep.Kind.CHECK && !result.rows().isEmpty()) {
            throw new DataQualityException(step.id(), step.title(), result.asMaps());
        }
        listener.stepFinished(step, result.stats(), elapsed);
        return new StepResult(step.id(), result.stats().rowsWritten(), result.stats().rowsRead(), elapsed);
    }

    /** files, rows in, kept, rejected, superseded, facilities, quarters. */
    private long[] summary(Batch batch) {
        RenderContext context = warehouse.baseContext().withLiteralList("batch_file_ids",
                batch.allFileIds().stream().map(SqlValue.Text::new).toList());
        Map<String, Object> row = warehouse.engine().execute(SqlStatement.of(context.render(
                warehouse.catalog().statement("ops/run_summary"))).withLabel("run summary")).asMaps().getFirst();
        String[] columns = { "files", "rows_in", "rows_kept", "rows_rejected", "rows_superseded", "facilities",
                "quarters" };
        long[] totals = new long[columns.length];
        for (int i = 0; i < columns.length; i++) {
            Object value = row.get(columns[i]);
            totals[i] = value == null ? 0 : ((Number) value).longValue();
        }
        return totals;
    }

    private void recordRun(String runId, LocalDateTime startedAt, LocalDateTime finishedAt, String status,
            long filesLanded, long filesRefused, long[] rows, String message) {
        RenderContext context = warehouse.baseContext()
                .withLiteral("run_id", new SqlValue.Text(runId))
                .withLiteral("started_at", new SqlValue.TimestampValue(startedAt))
                .withLiteral("finished_at", finishedAt == null ? new SqlValue.Null(SqlType.TIMESTAMP)
                        : new SqlValue.TimestampValue(finishedAt))
                .withLiteral("status", new SqlValue.Text(status))
                .withLiteral("files_landed", new SqlValue.Int64(filesLanded))
                .withLiteral("files_refused", new SqlValue.Int64(filesRefused))
                .withLiteral("rows_in", new SqlValue.Int64(rows[0]))
                .withLiteral("rows_kept", new SqlValue.Int64(rows[1]))
                .withLiteral("rows_rejected", new SqlValue.Int64(rows[2]))
                .withLiteral("rows_superseded", new SqlValue.Int64(rows[3]))
                .withLiteral("message", message == null ? new SqlValue.Null(SqlType.VARCHAR)
                        : new SqlValue.Text(message.length() > 2000 ? message.substring(0, 2000) : message));
        warehouse.engine().execute(SqlStatement.of(context.render(
                warehouse.catalog().statement("ops/pipeline_runs__record"))).withLabel("record run " + runId));
    }

    private static String summaryMessage(RunReport report) {
        return report.files() + " file(s) processed; " + report.refused().size() + " refused";
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
