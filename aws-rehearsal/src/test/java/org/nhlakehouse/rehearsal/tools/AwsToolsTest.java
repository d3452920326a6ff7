package org.nhlakehouse.rehearsal.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rehearsal fails, never skips, without AWS's tools, and says how to install them. */
class AwsToolsTest {

    @Test
    void theInstalledTools_areFound_withTheirVersions() {
        assertThat(AwsTools.requireInstalled()).contains("cfn-lint 1.", "aws-sam-translator 1.", "moto 5.", "boto3 1.");
    }

    @Test
    void aPythonWithoutTheTools_failsWithTheInstallCommand(@TempDir Path dir) throws Exception {
        Path python = dir.resolve("python3");
        Files.writeString(python, "#!/bin/sh\necho \"ModuleNotFoundError: No module named 'moto'\" >&2\nexit 1\n");
        Files.setPosixFilePermissions(python, PosixFilePermissions.fromString("rwx------"));

        assertThatThrownBy(() -> AwsTools.requireInstalled(python.toString())).isInstanceOf(AssertionError.class)
                .hasMessageContaining(AwsTools.INSTALL).hasMessageContaining("No module named 'moto'");
    }

    @Test
    void noPythonAtAll_failsWithTheInstallCommand(@TempDir Path dir) {
        assertThatThrownBy(() -> AwsTools.requireInstalled(dir.resolve("no-python").toString()))
                .isInstanceOf(AssertionError.class).hasMessageContaining(AwsTools.INSTALL);
    }
}
