package org.nhlakehouse.cli;

import java.io.PrintWriter;

import org.nhlakehouse.core.pipeline.FileResult;
import org.nhlakehouse.core.pipeline.PipelineListener;
import org.nhlakehouse.core.pipeline.StepResult;

/** Prints a run's progress, one line per landed file and per finished step. */
final class ConsoleProgress implements PipelineListener {

    private final PrintWriter out;

    ConsoleProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void landed(FileResult file, long elapsedMillis) {
        if (file.isRefused()) {
            out.printf("REFUSED   %-58s %s: %s%n", file.fileName(), file.reason().orElse(""), file.detail().orElse(""));
        } else {
            out.printf("Land      %-58s %-20s %,10d rows %6.1f s%n", file.fileName(), file.dataset(), file.rowsIn(),
                    elapsedMillis / 1000.0);
        }
        out.flush();
    }

    @Override
    public synchronized void stepFinished(String title, StepResult result) {
        out.printf("Step      %-58s %s %6.1f s%n", title, result.rowsWritten() >= 0
                ? String.format("%,12d rows written", result.rowsWritten())
                : String.format("%,12d rows read   ", Math.max(result.rowsRead(), 0)), result.elapsedMillis() / 1000.0);
        out.flush();
    }

    @Override
    public synchronized void message(String text) {
        out.println(text);
        out.flush();
    }
}
