package org.nhlakehouse.functions.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;

import org.nhlakehouse.aws.testing.AwsJsonServer;
import org.nhlakehouse.aws.testing.LocalS3Server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Everything the Drive poll talks to, on loopback: WireMock as Google's token endpoint and the Drive API, s3proxy as
 * the lakehouse bucket, and a Secrets Manager (JSON protocol) holding the service account's key, which is generated
 * for the run. The test receives them through fields annotated {@link Peers}.
 */
public class DriveIngestResource implements QuarkusTestResourceLifecycleManager {

    public static final String BUCKET = "nhl-drive-test";
    public static final String FOLDER = "1AbCdEfGhIjKlMnOpQrStUvWxYz012345";
    public static final String SECRET_ARN = "arn:aws:secretsmanager:us-east-1:123456789012:secret:nhl/drive-key-AbC123";

    /** Marks the test's {@link DrivePeers} field. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Peers {
    }

    /** The running peers, and the secret's parts that must never show up in a log. */
    public record DrivePeers(WireMockServer drive, LocalS3Server s3, AwsJsonServer secretsManager,
            String privateKeyBody, String keyJson) {
    }

    private DrivePeers peers;

    @Override
    public Map<String, String> start() {
        try {
            WireMockServer drive = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                    .notifier(new ConsoleNotifier(false)));
            drive.start();
            LocalS3Server s3 = LocalS3Server.start();
            try (var client = s3.client()) {
                client.createBucket(request -> request.bucket(BUCKET));
            }
            AwsJsonServer secretsManager = AwsJsonServer.start("secretsmanager");
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(generator.generateKeyPair().getPrivate().getEncoded());
            ObjectNode key = Lambda.JSON.createObjectNode().put("type", "service_account")
                    .put("project_id", "nh-lakehouse-test").put("private_key_id", "0123456789abcdef")
                    .put("private_key", "-----BEGIN PRIVATE KEY-----\n" + body + "\n-----END PRIVATE KEY-----\n")
                    .put("client_email", "drive-poller@nh-lakehouse-test.iam.gserviceaccount.com")
                    .put("client_id", "100000000000000000001")
                    .put("token_uri", "http://127.0.0.1:" + drive.port() + "/token");
            ObjectNode secret = Lambda.JSON.createObjectNode().put("ARN", SECRET_ARN).put("Name", "nhl/drive-key")
                    .put("SecretString", key.toString()).put("VersionId", "EXAMPLE1-90ab-cdef-fedc-ba987SECRET1")
                    .put("CreatedDate", 1.7228677E9);
            secretsManager.reply("GetSecretValue", secret.toString());
            peers = new DrivePeers(drive, s3, secretsManager, body.lines().skip(1).findFirst().orElseThrow(),
                    key.toString());
            return Map.of("lakehouse.bucket", BUCKET,
                    "lakehouse.endpoints.s3", s3.endpoint().toString(),
                    "lakehouse.endpoints.s3-path-style", "true",
                    "lakehouse.endpoints.secrets-manager", secretsManager.endpoint().toString(),
                    "lakehouse.drive.folder-id", FOLDER,
                    "lakehouse.drive.secret-arn", SECRET_ARN,
                    "lakehouse.drive.root-url", "http://127.0.0.1:" + drive.port() + "/");
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the Drive poll's peers", e);
        }
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(peers, new TestInjector.AnnotatedAndMatchesType(Peers.class, DrivePeers.class));
    }

    @Override
    public void stop() {
        if (peers != null) {
            peers.drive().stop();
            peers.secretsManager().close();
            try {
                peers.s3().close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
