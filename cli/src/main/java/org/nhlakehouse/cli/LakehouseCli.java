package org.nhlakehouse.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./lakehouse}: the lakehouse on one machine. Exit status: 0 when every file was processed (quarantined rows are
 * normal), 2 when a file was refused (the others were still processed), 1 on any other error, with a message.
 */
@Command(name = "lakehouse", mixinStandardHelpOptions = true, version = "nh-lakehouse 0.1.0", description = "Nursing-home staffing lakehouse (CMS PBJ + Provider Info) on the embedded engine.", subcommands = {
        RunCommand.class, IngestCommand.class, SqlCommand.class, ExportCommand.class, RenderSqlCommand.class,
        GenerateCommand.class,
        CommandLine.HelpCommand.class })
public final class LakehouseCli {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int FILES_REFUSED = 2;

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs a command line; returns the exit status. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new LakehouseCli());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            err.println("error: " + Errors.describe(exception));
            if (System.getenv("LAKEHOUSE_DEBUG") != null) {
                exception.printStackTrace(err);
            } else {
                err.println("(set LAKEHOUSE_DEBUG=1 for the stack trace)");
            }
            return FAILED;
        });
        commandLine.setExitCodeExceptionMapper(exception -> FAILED);
        return commandLine.execute(args);
    }
}
