package org.nhlakehouse.rehearsal.packages;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Starts a function the way Lambda's managed {@code java21} runtime does: the JVM with the runtime's documented
 * defaults (serial GC, a heap of 85% of the function's memory, C1 only unless JAVA_TOOL_OPTIONS says otherwise), the
 * Runtime Interface Client's jars on the class path (they are /var/runtime/lib on Lambda) and its main class
 * {@code AWSLambda} given the template's {@code Handler}; the function's code is the unpacked package
 * (LAMBDA_TASK_ROOT, loaded by the client's own class loader from the root folder and lib/*.jar), and its environment
 * is Lambda's variables plus the template's.
 */
final class ManagedJavaRuntime {

    private ManagedJavaRuntime() {
    }

    static Process start(LambdaPackage code, String handler, String functionName, int memoryMb,
            Map<String, String> templateEnvironment, Map<String, String> testEnvironment, RuntimeApi api, Path log) {
        Path runtimeLib = Path.of(System.getProperty("rehearsal.lambda.runtime", "target/lambda-runtime"));
        List<String> classPath;
        try (Stream<Path> jars = Files.list(runtimeLib)) {
            classPath = jars.filter(p -> p.toString().endsWith(".jar")).map(Path::toString).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The Runtime Interface Client's jars are missing from " + runtimeLib, e);
        }
        if (classPath.stream().noneMatch(p -> p.contains("runtime-interface-client"))) {
            throw new AssertionError("No aws-lambda-java-runtime-interface-client jar in " + runtimeLib);
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("rehearsal.lambda.java.home", System.getProperty("java.home")), "bin",
                        "java").toString(),
                "-XX:MaxHeapSize=" + (memoryMb * 85 / 100) + "m",
                "-XX:+UseSerialGC",
                "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
                "-Xshare:auto",
                "-Djava.net.preferIPv4Stack=true",
                "-Dfile.encoding=UTF-8",
                "-classpath", String.join(File.pathSeparator, classPath),
                "com.amazonaws.services.lambda.runtime.api.client.AWSLambda",
                handler));
        ProcessBuilder builder = new ProcessBuilder(command).directory(code.taskRoot().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.clear();
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "en_US.UTF-8");
        env.put("TZ", ":UTC");
        env.put("LAMBDA_TASK_ROOT", code.taskRoot().toString());
        env.put("LAMBDA_RUNTIME_DIR", runtimeLib.toString());
        env.put("_HANDLER", handler);
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
        env.put("AWS_LAMBDA_RUNTIME_API", api.address());
        env.put("AWS_LAMBDA_FUNCTION_NAME", functionName);
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "1");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", String.valueOf(memoryMb));
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + functionName);
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "rehearsal");
        env.put("AWS_REGION", "us-east-1");
        env.put("AWS_DEFAULT_REGION", "us-east-1");
        env.put("AWS_ACCESS_KEY_ID", "testing");
        env.put("AWS_SECRET_ACCESS_KEY", "testing");
        env.put("AWS_SESSION_TOKEN", "testing");
        env.putAll(templateEnvironment);
        env.putAll(testEnvironment);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
