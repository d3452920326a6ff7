package org.nhlakehouse.aws.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Optional;

import org.nhlakehouse.aws.AwsClientSettings;

/**
 * What the opt-in end-to-end tests need from the environment: a real AWS account's resources, named by variables.
 * Credentials come from the SDK's default chain (environment, profile, SSO). A test whose variables are not set is
 * skipped, never failed.
 */
final class E2eEnvironment {

    private E2eEnvironment() {
    }

    static Optional<String> variable(String name) {
        return Optional.ofNullable(System.getenv(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** The variable's value; skips the calling test when it is not set. */
    static String required(String name) {
        Optional<String> value = variable(name);
        assumeTrue(value.isPresent(), () -> name + " is not set: skipping the end-to-end test");
        return value.get();
    }

    static AwsClientSettings clientSettings() {
        return AwsClientSettings.of(variable("AWS_REGION").or(() -> variable("AWS_DEFAULT_REGION")).orElse("us-east-1"));
    }
}
