package org.nhlakehouse.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.nhlakehouse.core.engine.SqlExecutionException;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.engine.SqlValue;
import org.nhlakehouse.core.landing.Dataset;
import org.nhlakehouse.core.landing.RefusalReason;
import org.nhlakehouse.core.sql.PipelineStep;
import org.nhlakehouse.core.sql.RenderContext;

/**
 * When a step that types a dataset's Bronze rows fails, finds the files of the batch that make it fail on their own,
 * names them and refuses them in the file log, so that the step is rerun for the batch's other files in the same run
 * (every step renders the batch's file ids without the refused ones: {@link Warehouse#stepStatement}).
 *
 * <p>
 * Each file of the step's dataset is tried alone: first its Bronze rows are read (refused as {@code unreadable} when
 * the engine cannot read them), then the step's own statement is run for that file alone under a batch id of its own
 * and the rows it wrote are cleared at once with the step's clear statement (refused as {@code typing_failed}, with
 * the engine's first message line, when it fails). The same SQL on every engine.
 */
public final class PoisonedFiles {

    private static final String CLEAR_SUFFIX = "__clear";
    private static final int MOST_DETAIL_CHARS = 2000;

    private final Warehouse warehouse;
    private final FileLog fileLog;

    public PoisonedFiles(Warehouse warehouse, FileLog fileLog) {
        this.warehouse = warehouse;
        this.fileLog = fileLog;
    }

    /** A file of the batch refused while it ran. */
    public record Refusal(String fileId, Dataset dataset, String sourceKey, String reason, String detail) {
        String describe() {
            return sourceKey + " (" + reason + ": " + detail + ")";
        }
    }

    /** The files of the batch refused since it was planned (a planned file was landed, so a refusal is this run's). */
    public List<Refusal> refusedIn(Batch batch) {
        Map<String, FileLog.Entry> entries = fileLog.entries();
        List<Refusal> refused = new ArrayList<>();
        for (String fileId : batch.allFileIds()) {
            FileLog.Entry entry = entries.get(fileId);
            if (entry != null && entry.isRefused()) {
                refused.add(new Refusal(fileId, entry.dataset().orElseThrow(), entry.sourceKey(),
                        entry.refusalReason().orElse(""), entry.refusalDetail().orElse("")));
            }
        }
        return refused;
    }

    public static Set<String> fileIds(List<Refusal> refusals) {
        Set<String> ids = new TreeSet<>();
        refusals.forEach(r -> ids.add(r.fileId()));
        return ids;
    }

    /**
     * Refuses the files of the batch that alone make a typing step fail.
     *
     * @return the files refused now (empty when the step types no Bronze rows, or no file fails it alone)
     */
    public List<Refusal> refuseCulprits(PipelineStep step, Batch batch) {
        Optional<PipelineStep> clear = clearStepOf(step);
        if (clear.isEmpty() || !batch.has(step.dataset().get())) {
            return List.of();
        }
        Dataset dataset = step.dataset().get();
        Map<String, FileLog.Entry> entries = fileLog.entries();
        List<Refusal> refused = new ArrayList<>();
        for (String fileId : batch.files().get(dataset)) {
            FileLog.Entry entry = entries.get(fileId);
            if (entry == null || !entry.isLanded()) {
                continue;
            }
            Optional<Refusal> refusal = unreadable(dataset, entry)
                    .or(() -> typingFails(step, clear.get(), batch, dataset, entry));
            refusal.ifPresent(r -> {
                refuse(r);
                refused.add(r);
            });
        }
        return refused;
    }

    /** A step typing a dataset's Bronze rows into staging is the one the manifest gives a clear step. */
    private Optional<PipelineStep> clearStepOf(PipelineStep step) {
        if (step.phase() != PipelineStep.Phase.STAGE || step.dataset().isEmpty()) {
            return Optional.empty();
        }
        return warehouse.catalog().steps().stream().filter(s -> s.id().equals(step.id() + CLEAR_SUFFIX)).findFirst();
    }

    private Optional<Refusal> unreadable(Dataset dataset, FileLog.Entry entry) {
        RenderContext context = warehouse.baseContext().withIdentifier("bronze_table", dataset.bronzeTable())
                .withLiteral("file_id", new SqlValue.Text(entry.fileId()));
        try {
            warehouse.engine().execute(SqlStatement.of(context.render(warehouse.catalog().statement(
                    "ops/bronze_rows__probe"))).withLabel("probe Bronze rows of " + entry.fileId()));
            return Optional.empty();
        } catch (SqlExecutionException e) {
            return Optional.of(new Refusal(entry.fileId(), dataset, entry.sourceKey(), RefusalReason.UNREADABLE.code(),
                    "the engine cannot read its Bronze rows: " + firstLine(e.getMessage())));
        }
    }

    /** Runs the step for this file alone (its own batch id), then clears what it wrote. */
    private Optional<Refusal> typingFails(PipelineStep step, PipelineStep clear, Batch batch, Dataset dataset,
            FileLog.Entry entry) {
        Batch alone = new Batch(batch.runId(), batch.now(), Map.of(dataset, List.of(entry.fileId())));
        try {
            warehouse.engine().execute(warehouse.stepStatement(step, alone)
                    .withLabel("try " + step.id() + " on " + entry.fileId() + " alone"));
            return Optional.empty();
        } catch (SqlExecutionException e) {
            return Optional.of(new Refusal(entry.fileId(), dataset, entry.sourceKey(),
                    RefusalReason.TYPING_FAILED.code(), "\"" + step.title() + "\" fails on this file alone: "
                            + firstLine(e.getMessage())));
        } finally {
            warehouse.engine().execute(warehouse.stepStatement(clear, alone).withLabel("clear " + step.id()
                    + " after trying " + entry.fileId()));
        }
    }

    private void refuse(Refusal refusal) {
        String detail = refusal.detail().length() > MOST_DETAIL_CHARS
                ? refusal.detail().substring(0, MOST_DETAIL_CHARS)
                : refusal.detail();
        warehouse.engine().execute(SqlStatement.of(warehouse.baseContext()
                .withLiteral("file_id", new SqlValue.Text(refusal.fileId()))
                .withLiteral("refusal_reason", new SqlValue.Text(refusal.reason()))
                .withLiteral("refusal_detail", new SqlValue.Text(detail))
                .render(warehouse.catalog().statement("ops/file_log__refuse_poisoned")))
                .withLabel("refuse " + refusal.fileId()));
    }

    /** The failure's cause followed by the files refused for it, or by the step's files when none fails alone. */
    public String explain(String cause, List<Refusal> refused, PipelineStep step, Batch batch) {
        if (!refused.isEmpty()) {
            return cause + " -- caused by file(s) " + String.join("; ", refused.stream().map(Refusal::describe)
                    .toList()) + ". They are now refused; the step runs again for the other files of the batch.";
        }
        if (clearStepOf(step).isEmpty() || !batch.has(step.dataset().get())) {
            return cause;
        }
        Map<String, FileLog.Entry> entries = fileLog.entries();
        List<String> keys = batch.files().get(step.dataset().get()).stream()
                .map(id -> entries.containsKey(id) ? entries.get(id).sourceKey() : id).toList();
        return cause + " -- no file makes it fail alone; the files it typed: " + String.join(", ", keys);
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message;
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
