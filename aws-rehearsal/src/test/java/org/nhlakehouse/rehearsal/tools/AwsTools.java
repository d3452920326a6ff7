package org.nhlakehouse.rehearsal.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * AWS's own tools on this machine: the Python that has cfn-lint, aws-sam-translator, moto (with its server and Step
 * Functions interpreter) and boto3. A missing tool fails the rehearsal with the command that installs it: CI must
 * never pass by skipping.
 */
public final class AwsTools {

    public static final String INSTALL = "pip install aws-sam-translator cfn-lint \"moto[server,stepfunctions]\" boto3";
    private static volatile String checkedVersions;

    private AwsTools() {
    }

    /** The repository's root (template.yaml, state-machine/, functions/target/...). */
    public static Path repository() {
        return Path.of(System.getProperty("rehearsal.repository", "..")).toAbsolutePath().normalize();
    }

    /** Where tests put what they unpack and write (under target/). */
    public static Path workDirectory(String name) {
        Path dir = Path.of(System.getProperty("rehearsal.work", "target/rehearsal")).toAbsolutePath().resolve(name);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** A file of this module's Python sources (src/test/python). */
    public static Path pythonScript(String name) {
        return repository().resolve("aws-rehearsal/src/test/python").resolve(name);
    }

    public static String python() {
        return System.getProperty("rehearsal.python", "python3");
    }

    /**
     * Fails (never skips) unless the tools are installed; returns their versions, e.g. {@code cfn-lint 1.51.0, ...}.
     */
    public static String requireInstalled() {
        String versions = checkedVersions;
        if (versions == null) {
            versions = requireInstalled(python());
            checkedVersions = versions;
        }
        return versions;
    }

    /** {@link #requireInstalled()} for a given Python executable. */
    static String requireInstalled(String python) {
        String probe = """
                from importlib.metadata import version
                import samtranslator, cfnlint, moto, moto.server, boto3
                print(", ".join(f"{p} {version(p)}" for p in ("cfn-lint", "aws-sam-translator", "moto", "boto3")))
                """;
        ProcessResult result;
        try {
            result = run(List.of(python, "-c", probe), Map.of(), Duration.ofSeconds(60));
        } catch (UncheckedIOException e) {
            throw new AssertionError("The AWS rehearsal needs " + python + " (Python 3.11) with AWS's tools: "
                    + INSTALL + " (" + e.getCause().getMessage() + ")", e);
        }
        if (result.exitCode() != 0) {
            throw new AssertionError("The AWS rehearsal needs cfn-lint, aws-sam-translator, moto[server,stepfunctions] "
                    + "and boto3 in " + python + ": " + INSTALL + "\n" + result.stderr());
        }
        return result.stdout().strip();
    }

    /** Runs a command to its end (stdout and stderr captured in full), killing it after the timeout. */
    public static ProcessResult run(List<String> command, Map<String, String> environment, Duration timeout) {
        try {
            Path out = Files.createTempFile("aws-tool-", ".out");
            Path err = Files.createTempFile("aws-tool-", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(repository().toFile())
                        .redirectOutput(out.toFile()).redirectError(err.toFile());
                builder.environment().putAll(environment);
                Process process = builder.start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(command + " did not finish within " + timeout);
                }
                return new ProcessResult(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record ProcessResult(int exitCode, String stdout, String stderr) {

        public String describe() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }
}
