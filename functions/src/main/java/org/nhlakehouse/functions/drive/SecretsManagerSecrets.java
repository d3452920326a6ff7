package org.nhlakehouse.functions.drive;

import java.util.regex.Pattern;

import org.nhlakehouse.aws.AwsClientSettings;

import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;

/**
 * Reads a secret's text from AWS Secrets Manager ({@code GetSecretValue}, current version). The value is returned to
 * the caller only: it is never logged, and errors name the secret's ARN, never its content.
 */
public final class SecretsManagerSecrets {

    /** {@code arn:<partition>:secretsmanager:<region>:<account>:secret:<name>-<6 random characters>}. */
    private static final Pattern SECRET_ARN = Pattern
            .compile("arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\\d{12}:secret:[A-Za-z0-9/_+=.@-]{1,512}");

    private SecretsManagerSecrets() {
    }

    public static String read(AwsClientSettings client, String secretArn) {
        if (secretArn == null || !SECRET_ARN.matcher(secretArn).matches()) {
            throw new IllegalArgumentException("Not a Secrets Manager secret ARN: " + secretArn);
        }
        try (SecretsManagerClient secrets = client.configure(SecretsManagerClient.builder()).build()) {
            GetSecretValueResponse value = secrets.getSecretValue(request -> request.secretId(secretArn));
            if (value.secretString() == null || value.secretString().isBlank()) {
                throw new IllegalStateException("Secret " + secretArn + " holds no text (SecretString)");
            }
            return value.secretString();
        }
    }
}
