package org.nhlakehouse.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.nhlakehouse.core.pipeline.FileResult;
import org.nhlakehouse.core.pipeline.Ingest;
import org.nhlakehouse.core.pipeline.PipelineFailedException;
import org.nhlakehouse.core.pipeline.RunLog;
import org.nhlakehouse.core.pipeline.RunReport;
import org.nhlakehouse.localrun.LocalLakehouse;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lakehouse run}: copy a folder of CMS files into Bronze and run the pipeline over what is new. */
@Command(name = "run", description = "Copy CMS files from a folder into Bronze, then land, type, check and publish "
        + "them to Gold. Prints each step and a summary.")
final class RunCommand implements Callable<Integer> {

    @Mixin
    WarehouseOption warehouse;

    @Option(names = { "-i",
            "--input" }, paramLabel = "DIR", description = "Folder of CMS CSV files (PBJ Daily Nurse Staffing, Provider Information, Data Collection "
                    + "Intervals). Default: the real CMS samples shipped in samples/cms.")
    Path input;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = input != null ? input : Samples.defaultInput();
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("the input folder " + folder + " does not exist");
        }
        try (LocalLakehouse lakehouse = warehouse.open()) {
            out.printf("Warehouse: %s%nInput:     %s%n%n", lakehouse.directory(), folder.toAbsolutePath());
            List<Ingest.Copied> copied = lakehouse.ingest(folder);
            long fresh = copied.stream().filter(c -> !c.alreadyPresent()).count();
            out.printf("Ingest    %d file(s) in the folder, %d new to Bronze%n", copied.size(), fresh);
            RunReport report;
            try {
                report = lakehouse.run(runId(), new ConsoleProgress(out));
            } catch (PipelineFailedException failed) {
                out.println();
                out.println("The run failed. Its execution history:");
                out.print(failed.report());
                out.flush();
                throw failed;
            }
            printSummary(out, report);
            return report.anyRefused() ? LakehouseCli.FILES_REFUSED : LakehouseCli.OK;
        }
    }

    private static void printSummary(PrintWriter out, RunReport report) {
        RunLog.Summary summary = report.summary();
        out.println();
        if (report.batchId().isEmpty()) {
            out.println("Summary   nothing new to process");
        } else {
            out.printf("Summary   %d file(s) processed: %,d rows in = %,d kept + %,d quarantined + %,d superseded%n",
                    summary.files(), summary.rowsIn(), summary.rowsKept(), summary.rowsRejected(),
                    summary.rowsSuperseded());
            out.printf("          Gold holds %,d facilities over %d quarter(s)%n", summary.facilities(),
                    summary.quarters());
        }
        out.printf("          run %s took %.1f s%n", report.runId(), report.elapsedMillis() / 1000.0);
        if (report.anyRefused()) {
            out.printf("%n%d file(s) REFUSED (the others were processed):%n", report.refused().size());
            for (FileResult refused : report.refused()) {
                out.printf("  %s: %s (%s)%n", refused.key(), refused.detail().orElse(""), refused.reason().orElse(""));
            }
        }
        if (summary.rowsRejected() > 0) {
            out.println("Quarantined rows and their reasons: ./lakehouse export rejects --out rejects.csv");
        }
    }

    private static String runId() {
        return "local-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
                + UUID.randomUUID().toString().substring(0, 4);
    }
}
