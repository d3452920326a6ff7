package org.nhlakehouse.dashboard.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Presigning is a local computation (SigV4): no call to S3. */
class S3LinkSignerTest {

    @Test
    void link_isAPresignedGet_forTheKey_thatSavesUnderTheExportName() {
        S3Presigner presigner = S3Presigner.builder().region(Region.US_EAST_1).credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret"))).build();
        try (S3LinkSigner signer = new S3LinkSigner(presigner, "nhl-exports")) {
            String link = signer.link("dashboard-exports/abc/facilities_asof-2025Q3.csv", "facilities_asof-2025Q3.csv",
                    Duration.ofMinutes(15));

            assertThat(link).startsWith("https://nhl-exports.s3.amazonaws.com/dashboard-exports/abc/")
                    .contains("X-Amz-Expires=900").contains("X-Amz-Signature=")
                    .contains("response-content-disposition=attachment")
                    .contains("response-content-type=text%2Fcsv")
                    .doesNotContain("secret");
            assertThat(signer.link("dashboard-exports/abc/states_asof-2025Q3.json", "states_asof-2025Q3.json",
                    Duration.ofMinutes(15))).contains("response-content-type=application%2Fjson");
        }
    }
}
