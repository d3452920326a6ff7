package org.nhlakehouse.cli;

import java.io.PrintWriter;

import org.nhlakehouse.core.engine.QueryStats;
import org.nhlakehouse.core.landing.LandingOutcome;
import org.nhlakehouse.core.pipeline.PipelineListener;
import org.nhlakehouse.core.sql.PipelineStep;

/** Prints a run's progress, one line per landed file and per step. */
final class ConsoleProgress implements PipelineListener {

    private final PrintWriter out;

    ConsoleProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void landed(LandingOutcome outcome, long elapsedMillis) {
        switch (outcome) {
            case LandingOutcome.Landed landed -> out.printf("Land      %-58s %-20s %,10d rows %6.1f s%s%n",
                    landed.file().fileName(), landed.file().dataset().id(), landed.file().rowsIn(),
                    elapsedMillis / 1000.0, landed.file().notes().isEmpty() ? ""
                            : "  (" + String.join("; ", landed.file().notes()) + ")");
            case LandingOutcome.Refused refused -> out.printf("REFUSED   %-58s %s%n",
                    refused.sourceKey().substring(refused.sourceKey().lastIndexOf('/') + 1),
                    refused.reason().code() + ": " + refused.detail());
        }
        out.flush();
    }

    @Override
    public void stepFinished(PipelineStep step, QueryStats stats, long elapsedMillis) {
        out.printf("Step      %-58s %s %6.1f s%n", step.title(), stats.rowsWritten() >= 0
                ? String.format("%,12d rows written", stats.rowsWritten())
                : String.format("%,12d rows read   ", Math.max(stats.rowsRead(), 0)), elapsedMillis / 1000.0);
        out.flush();
    }

    @Override
    public void message(String text) {
        out.println(text);
        out.flush();
    }
}
