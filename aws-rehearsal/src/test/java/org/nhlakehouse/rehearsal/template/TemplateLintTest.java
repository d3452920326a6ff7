package org.nhlakehouse.rehearsal.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nhlakehouse.rehearsal.tools.AwsTools;
import org.nhlakehouse.rehearsal.tools.AwsTools.ProcessResult;

/** cfn-lint, AWS's CloudFormation linter (with its SAM support), finds nothing in template.yaml: no error, no warning. */
class TemplateLintTest {

    private static ProcessResult cfnLint(Path template) {
        AwsTools.requireInstalled();
        return AwsTools.run(List.of(AwsTools.python(), "-c",
                "import sys; from cfnlint.runner import main; sys.argv[0] = 'cfn-lint'; sys.exit(main())",
                "--format", "parseable", "--", template.toString()), Map.of(), Duration.ofMinutes(2));
    }

    @Test
    void cfnLint_reportsNoErrorAndNoWarning() {
        ProcessResult lint = cfnLint(AwsTools.repository().resolve("template.yaml"));

        // Exit status 0: no error (2), warning (4) or informational finding (8).
        assertThat(lint.exitCode()).as("cfn-lint template.yaml\n%s", lint.describe()).isZero();
        assertThat(lint.stdout()).as("cfn-lint findings").isBlank();
    }

    @Test
    void cfnLint_reportsAMistake(@TempDir Path dir) throws Exception {
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, """
                AWSTemplateFormatVersion: "2010-09-09"
                Resources:
                  Bucket:
                    Type: AWS::S3::Bucket
                    Properties:
                      BucketNam: typo
                """);

        ProcessResult lint = cfnLint(broken);

        assertThat(lint.exitCode()).isNotZero();
        assertThat(lint.stdout()).contains("BucketNam");
    }
}
