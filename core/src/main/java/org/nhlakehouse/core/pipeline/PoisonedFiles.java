package org.nhlakehouse.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nhlakehouse.core.engine.SqlExecutionException;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.engine.SqlValue;
import org.nhlakehouse.core.landing.Dataset;
import org.nhlakehouse.core.sql.PipelineStep;
import org.nhlakehouse.core.sql.RenderContext;

/**
 * When a step that types a dataset's Bronze rows fails, finds which files of the batch the engine cannot read, names
 * them, and refuses them as unreadable in the file log: the run still fails, and the next one processes the batch's
 * other files instead of failing on the same file for ever.
 */
public final class PoisonedFiles {

    private final Warehouse warehouse;
    private final FileLog fileLog;

    public PoisonedFiles(Warehouse warehouse, FileLog fileLog) {
        this.warehouse = warehouse;
        this.fileLog = fileLog;
    }

    /**
     * @param cause the engine's error for the step
     * @return the cause, followed by the files it came from, when the step types Bronze rows and files are to blame
     */
    public String explain(PipelineStep step, Batch batch, String cause) {
        if (step.phase() != PipelineStep.Phase.STAGE || step.dataset().isEmpty()
                || !batch.has(step.dataset().get())) {
            return cause;
        }
        Dataset dataset = step.dataset().get();
        Map<String, FileLog.Entry> entries = fileLog.entries();
        List<String> poisoned = new ArrayList<>();
        for (String fileId : batch.files().get(dataset)) {
            RenderContext context = warehouse.baseContext().withIdentifier("bronze_table", dataset.bronzeTable())
                    .withLiteral("file_id", new SqlValue.Text(fileId));
            try {
                warehouse.engine().execute(SqlStatement.of(context.render(warehouse.catalog().statement(
                        "ops/bronze_rows__probe"))).withLabel("probe Bronze rows of " + fileId));
            } catch (SqlExecutionException e) {
                String key = entries.containsKey(fileId) ? entries.get(fileId).sourceKey() : fileId;
                String detail = "the engine cannot read its Bronze rows: " + firstLine(e.getMessage());
                warehouse.engine().execute(SqlStatement.of(warehouse.baseContext()
                        .withLiteral("file_id", new SqlValue.Text(fileId))
                        .withLiteral("refusal_detail", new SqlValue.Text(detail.length() > 2000
                                ? detail.substring(0, 2000)
                                : detail))
                        .render(warehouse.catalog().statement("ops/file_log__refuse_unreadable")))
                        .withLabel("refuse " + fileId));
                poisoned.add(key + " (" + detail + ")");
            }
        }
        if (poisoned.isEmpty()) {
            return cause;
        }
        return cause + " -- caused by file(s) " + String.join("; ", poisoned) + ". They are now refused as unreadable;"
                + " the next run processes the other files of the batch.";
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message;
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
