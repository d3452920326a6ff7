package org.nhlakehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code .mvn/select-jdk.sh}, which {@code ./lakehouse}, {@code ./mvnw} and CI source: it reads a JDK's version from
 * the JDK's {@code release} file instead of starting a JVM per candidate (0.7 s of every {@code ./lakehouse} command
 * when it did). The fake JDKs here have a {@code java} that records being started.
 */
class SelectJdkScriptTest {

    private static final Path SCRIPT = Path.of("..", ".mvn", "select-jdk.sh").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void theVersion_isReadFromTheReleaseFile_withoutStartingJava() throws Exception {
        Path jdk = fakeJdk("jdk-25", "JAVA_VERSION=\"25.0.3\"");

        assertThat(run("lakehouse_java_major " + jdk.resolve("bin/java"))).isEqualTo("25");
        assertThat(dir.resolve("started")).doesNotExist();
    }

    @Test
    void anOldStyleVersion_isReadAsItsMajor() throws Exception {
        Path jdk = fakeJdk("jdk-8", "JAVA_VERSION=\"1.8.0_392\"");

        assertThat(run("lakehouse_java_major " + jdk.resolve("bin/java"))).isEqualTo("8");
    }

    @Test
    void theNewestJdkOfAtLeast21_isSelected_withoutStartingAnyJava() throws Exception {
        Path onPath = fakeJdk("jdk-17", "JAVA_VERSION=\"17.0.15\"");
        Path newest = fakeJdk("jdk-25", "JAVA_VERSION=\"25.0.3\"");
        fakeJdk("jdk-21", "JAVA_VERSION=\"21.0.9\"");

        // The java on the PATH is the JDK 17 one, as on this machine: too old, so the folders are searched.
        String selected = run("PATH='" + onPath.resolve("bin") + "':/usr/bin:/bin; unset JAVA_HOME; "
                + "LAKEHOUSE_JDK_DIRS='" + dir + "/jdk-*'; lakehouse_select_jdk && echo \"$JAVA_HOME\"");

        assertThat(selected).isEqualTo(newest.toString());
        assertThat(dir.resolve("started")).doesNotExist();
    }

    /** A JDK folder whose bin/java and bin/javac only record that they were started. */
    private Path fakeJdk(String name, String releaseLine) throws IOException {
        Path jdk = Files.createDirectories(dir.resolve(name).resolve("bin")).getParent();
        Files.writeString(jdk.resolve("release"), releaseLine + "\n");
        for (String tool : new String[] { "java", "javac" }) {
            Path file = jdk.resolve("bin").resolve(tool);
            Files.writeString(file, "#!/bin/sh\ntouch '" + dir.resolve("started") + "'\nexit 1\n");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return jdk;
    }

    private static String run(String commands) throws Exception {
        Process process = new ProcessBuilder("bash", "-c", ". '" + SCRIPT + "'; " + commands)
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the script finished").isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }
}
