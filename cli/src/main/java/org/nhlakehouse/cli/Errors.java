package org.nhlakehouse.cli;

import java.io.FileNotFoundException;
import java.nio.file.NoSuchFileException;

import org.nhlakehouse.core.engine.SqlExecutionException;
import org.nhlakehouse.core.pipeline.PipelineFailedException;

/** Turns failures into messages a person can act on. */
final class Errors {
    private Errors() {
    }

    static String describe(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        if (message.contains("Could not set lock on file")) {
            return "the warehouse is in use by another process (is `lakehouse serve` or another run still going?). "
                    + "Stop it, or use another --warehouse folder.";
        }
        return switch (error) {
            case PipelineFailedException failed when failed.error().endsWith("DataQualityCheckFailedException") ->
                "the data-quality gate stopped the run before Gold: " + message;
            case PipelineFailedException failed -> message;
            case SqlExecutionException sql -> "SQL step " + sql.statementLabel() + " failed (" + sql.errorType() + "): "
                    + firstLine(message);
            case NoSuchFileException missing -> "no such file or folder: " + missing.getFile();
            case FileNotFoundException missing -> message;
            default -> message;
        };
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
