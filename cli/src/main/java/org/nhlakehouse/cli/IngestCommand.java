package org.nhlakehouse.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;

import org.nhlakehouse.core.pipeline.Ingest;
import org.nhlakehouse.core.pipeline.PipelineFailedException;
import org.nhlakehouse.core.source.SourceDocument;
import org.nhlakehouse.core.storage.ObjectInfo;
import org.nhlakehouse.core.tasks.StartPipelineTask;
import org.nhlakehouse.local.FolderDocumentSource;
import org.nhlakehouse.localrun.LocalLakehouse;
import org.nhlakehouse.localrun.LocalPipeline;
import org.nhlakehouse.statemachine.Execution;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lakehouse ingest FILE...}: what happens on AWS when a file lands in the bucket, on this machine. Each file is
 * copied into Bronze and the S3 "Object Created" event that EventBridge would send goes to the same start task the
 * startPipeline Lambda runs, which starts the state machine for it (a file already copied starts nothing).
 */
@Command(name = "ingest", description = "Copy CMS files into Bronze one by one and start the pipeline's state machine "
        + "for each, through the same Object Created event EventBridge sends on AWS.")
final class IngestCommand implements Callable<Integer> {

    static final String LOCAL_BUCKET = "local";

    @Mixin
    WarehouseOption warehouse;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "CMS CSV files.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        int status = LakehouseCli.OK;
        try (LocalLakehouse lakehouse = warehouse.open()) {
            lakehouse.setUp();
            LocalPipeline pipeline = lakehouse.pipeline(new ConsoleProgress(out), UnaryOperator.identity());
            StartPipelineTask start = new StartPipelineTask(LOCAL_BUCKET, "local", pipeline);
            for (Path file : files) {
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("not a file: " + file);
                }
                FolderDocumentSource folder = new FolderDocumentSource(file.toAbsolutePath().getParent());
                SourceDocument document = folder.document(file.getFileName().toString());
                Ingest.Copied copied = new Ingest(folder, lakehouse.store()).copy(document);
                ObjectInfo object = lakehouse.store().head(copied.key()).orElseThrow();
                out.printf("Event     Object Created %s%n", copied.key());
                JsonNode answer = start.apply(StartPipelineTask.objectCreatedEvent(LOCAL_BUCKET, object.key(),
                        object.size(), object.etag()));
                if (!answer.path("started").asBoolean()) {
                    out.printf("          nothing started: %s%n", answer.has("reason") ? answer.get("reason").asText()
                            : "execution " + answer.path("executionName").asText() + " already ran for this file");
                    continue;
                }
                Execution execution = pipeline.execution(answer.path("executionName").asText()).orElseThrow();
                try {
                    var report = lakehouse.report(execution, 0);
                    lakehouse.publish(execution.name(), report.batchId(), new ConsoleProgress(out));
                    out.printf("          execution %s succeeded%n", execution.name());
                    if (report.anyRefused()) {
                        status = LakehouseCli.FILES_REFUSED;
                    }
                } catch (PipelineFailedException failed) {
                    out.println("The run failed. Its execution history:");
                    out.print(failed.report());
                    throw failed;
                }
            }
        }
        return status;
    }
}
