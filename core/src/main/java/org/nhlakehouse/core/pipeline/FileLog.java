package org.nhlakehouse.core.pipeline;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.engine.SqlType;
import org.nhlakehouse.core.engine.SqlValue;
import org.nhlakehouse.core.landing.Dataset;
import org.nhlakehouse.core.landing.LandedFile;
import org.nhlakehouse.core.landing.LandingOutcome;
import org.nhlakehouse.core.landing.RefusalReason;
import org.nhlakehouse.core.sql.RenderContext;
import org.nhlakehouse.core.storage.ObjectInfo;

/** Reads and writes {@code ops.file_log}: which raw file versions are landed, processed or refused. */
public final class FileLog {

    /** A file version's status in the log. */
    public record Entry(String fileId, Optional<Dataset> dataset, String sourceKey, String status,
            Optional<String> refusalReason, Optional<String> refusalDetail, long rowsIn, Optional<String> runId) {
        public boolean isLanded() {
            return status.equals("landed");
        }

        public boolean isRefused() {
            return status.equals("refused");
        }

        /** Recorded by this run: a retried task of the run finds its own earlier outcome, not another run's. */
        public boolean recordedBy(String run) {
            return runId.filter(run::equals).isPresent();
        }

        /** Found in Bronze by a run's sweep, not landed yet ({@link FileLog#recordFound}): still to be landed. */
        public boolean isFound() {
            return status.equals(FOUND);
        }
    }

    static final String FOUND = "found";

    private final Warehouse warehouse;

    public FileLog(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** Every known file version by id. */
    public Map<String, Entry> entries() {
        QueryResult result = warehouse.engine().execute(SqlStatement.of(warehouse.baseContext()
                .render(warehouse.catalog().statement("ops/file_log__status"))).withLabel("read file log"));
        Map<String, Entry> entries = new HashMap<>();
        for (Map<String, Object> row : result.asMaps()) {
            String fileId = (String) row.get("file_id");
            entries.put(fileId, new Entry(fileId, Dataset.byId((String) row.get("dataset")),
                    (String) row.get("source_key"), (String) row.get("status"),
                    Optional.ofNullable((String) row.get("refusal_reason")),
                    Optional.ofNullable((String) row.get("refusal_detail")),
                    row.get("rows_in") instanceof Number rows ? rows.longValue() : 0,
                    Optional.ofNullable((String) row.get("run_id"))));
        }
        return entries;
    }

    /** Records a landing outcome; every value is an escaped literal of a checked type. */
    public void record(LandingOutcome outcome, String runId, Instant landedAt) {
        RenderContext context = fileContext(outcome.fileId(), outcome.sourceKey(), text(outcome.sha256()),
                outcome.sizeBytes(), outcome.sourceModifiedAt(), runId, landedAt);
        context = switch (outcome) {
            case LandingOutcome.Landed landed -> {
                LandedFile file = landed.file();
                yield context.withLiteral("dataset", text(file.dataset().id()))
                        .withLiteral("status", text("landed"))
                        .withLiteral("refusal_reason", new SqlValue.Null(SqlType.VARCHAR))
                        .withLiteral("refusal_detail", new SqlValue.Null(SqlType.VARCHAR))
                        .withLiteral("encoding", text(file.encoding()))
                        .withLiteral("compression", text(file.compression()))
                        .withLiteral("header_columns", new SqlValue.Int64(file.headerColumns()))
                        .withLiteral("notes", file.notes().isEmpty() ? new SqlValue.Null(SqlType.VARCHAR)
                                : text(String.join("; ", file.notes())))
                        .withLiteral("rows_in", new SqlValue.Int64(file.rowsIn()))
                        .withLiteral("records_with_issues", new SqlValue.Int64(file.recordsWithIssues()))
                        .withLiteral("bronze_rows_key", text(file.bronzeRowsKey()));
            }
            case LandingOutcome.Refused refused -> withoutContent(context)
                    .withLiteral("dataset", text(refused.dataset().map(Dataset::id).orElse("unrecognized")))
                    .withLiteral("status", text("refused"))
                    .withLiteral("refusal_reason", text(refused.reason().code()))
                    .withLiteral("refusal_detail", text(refused.detail()))
                    .withLiteral("sha256", text(refused.sha256()));
        };
        write(context, outcome.sourceKey());
    }

    /**
     * Records a raw file that a run found in Bronze with no row in the log (its landing failed, or no event started a
     * run for it) before landing it: data health shows it as {@code found} until a landing replaces the row.
     *
     * @param dataset the dataset folder of its key ({@code bronze/<dataset>/...})
     */
    public void recordFound(String fileId, ObjectInfo object, String dataset, String runId, Instant foundAt) {
        write(withoutContent(fileContext(fileId, object.key(), new SqlValue.Null(SqlType.VARCHAR), object.size(),
                object.lastModified(), runId, foundAt))
                .withLiteral("dataset", text(dataset))
                .withLiteral("status", text(FOUND))
                .withLiteral("refusal_reason", new SqlValue.Null(SqlType.VARCHAR))
                .withLiteral("refusal_detail", new SqlValue.Null(SqlType.VARCHAR)), object.key());
    }

    /** Records a raw file refused for its key alone, unread (it is never stored or read under that key). */
    public void recordRefusedKey(String fileId, String sourceKey, String dataset, RefusalReason reason, String detail,
            String runId, Instant at) {
        write(withoutContent(fileContext(fileId, sourceKey, new SqlValue.Null(SqlType.VARCHAR), 0, at, runId, at))
                .withLiteral("dataset", text(dataset))
                .withLiteral("status", text("refused"))
                .withLiteral("refusal_reason", text(reason.code()))
                .withLiteral("refusal_detail", text(detail)), sourceKey);
    }

    private RenderContext fileContext(String fileId, String sourceKey, SqlValue sha256, long sizeBytes,
            Instant sourceModifiedAt, String runId, Instant landedAt) {
        return warehouse.baseContext()
                .withLiteral("file_id", text(fileId))
                .withLiteral("source_key", text(sourceKey))
                .withLiteral("file_name", text(sourceKey.substring(sourceKey.lastIndexOf('/') + 1)))
                .withLiteral("sha256", sha256)
                .withLiteral("size_bytes", new SqlValue.Int64(sizeBytes))
                .withLiteral("source_modified_at", timestamp(sourceModifiedAt))
                .withLiteral("precedence", text(LandedFile.precedence(sourceModifiedAt, fileId)))
                .withLiteral("landed_at", timestamp(landedAt))
                .withLiteral("run_id", text(runId));
    }

    /** The columns only a landed file has, as NULLs. */
    private static RenderContext withoutContent(RenderContext context) {
        return context.withLiteral("encoding", new SqlValue.Null(SqlType.VARCHAR))
                .withLiteral("compression", new SqlValue.Null(SqlType.VARCHAR))
                .withLiteral("header_columns", new SqlValue.Null(SqlType.BIGINT))
                .withLiteral("notes", new SqlValue.Null(SqlType.VARCHAR))
                .withLiteral("rows_in", new SqlValue.Null(SqlType.BIGINT))
                .withLiteral("records_with_issues", new SqlValue.Null(SqlType.BIGINT))
                .withLiteral("bronze_rows_key", new SqlValue.Null(SqlType.VARCHAR));
    }

    private void write(RenderContext context, String sourceKey) {
        warehouse.engine().execute(SqlStatement.of(context.render(warehouse.catalog().statement("ops/file_log__record")))
                .withLabel("record " + sourceKey));
    }

    /** The landed files not yet processed, grouped into a batch. */
    public Batch pendingBatch(String runId, LocalDateTime now) {
        Map<Dataset, List<String>> files = new HashMap<>();
        for (Entry entry : entries().values()) {
            if (entry.isLanded() && entry.dataset().isPresent()) {
                files.computeIfAbsent(entry.dataset().get(), d -> new java.util.ArrayList<>()).add(entry.fileId());
            }
        }
        return new Batch(runId, now, files);
    }

    private static SqlValue text(String value) {
        return new SqlValue.Text(value);
    }

    private static SqlValue timestamp(Instant instant) {
        return new SqlValue.TimestampValue(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
