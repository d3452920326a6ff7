package org.nhlakehouse.rehearsal.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.functions.drive.SecretsManagerSecrets;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** The Drive poll's key is read from moto's Secrets Manager by the ARN the template passes (DriveSecretArn). */
class SecretsManagerOnMotoTest {

    @Test
    void theSecretsText_isReadByItsArn() {
        try (SecretsManagerClient secrets = SharedMoto.server().clientSettings()
                .configure(SecretsManagerClient.builder()).build()) {
            String key = "{\"type\":\"service_account\",\"client_email\":\"poll@example.iam.gserviceaccount.com\"}";
            String arn = secrets.createSecret(s -> s.name(SharedMoto.unique("nhl/drive-key")).secretString(key)).arn();

            assertThat(SecretsManagerSecrets.read(SharedMoto.server().clientSettings(), arn)).isEqualTo(key);
        }
    }

    @Test
    void aBinarySecret_orANameInsteadOfAnArn_isRefusedWithoutShowingTheValue() {
        try (SecretsManagerClient secrets = SharedMoto.server().clientSettings()
                .configure(SecretsManagerClient.builder()).build()) {
            String name = SharedMoto.unique("nhl/binary");
            String arn = secrets.createSecret(s -> s.name(name).secretBinary(SdkBytes.fromUtf8String("s3cr3t")))
                    .arn();

            assertThatThrownBy(() -> SecretsManagerSecrets.read(SharedMoto.server().clientSettings(), arn))
                    .hasMessageContaining("holds no text").hasMessageNotContaining("s3cr3t");
            assertThatThrownBy(() -> SecretsManagerSecrets.read(SharedMoto.server().clientSettings(), name))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
