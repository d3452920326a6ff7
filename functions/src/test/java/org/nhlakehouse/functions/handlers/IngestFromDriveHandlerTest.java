package org.nhlakehouse.functions.handlers;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.testing.Samples;
import org.nhlakehouse.functions.testing.DriveIngestResource;
import org.nhlakehouse.functions.testing.HandlerProfile;
import org.nhlakehouse.functions.testing.Lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The ingestFromDrive function against WireMock acting as Google Drive, s3proxy as the bucket and a local Secrets
 * Manager holding the service account's key: what it copies into raw Bronze, how it keeps its checkpoint, and that
 * the key never reaches a log.
 */
@QuarkusTest
@TestProfile(IngestFromDriveHandlerTest.Profile.class)
class IngestFromDriveHandlerTest {

    public static class Profile extends HandlerProfile {
        public Profile() {
            super("ingestFromDrive");
        }

        @Override
        protected Map<String, String> config() {
            // The real S3 store (on s3proxy): the local engine's test beans are left out of this application.
            return Map.of("lakehouse.engine", "athena");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(DriveIngestResource.class));
        }
    }

    private static final String PBJ = "PBJ_Daily_Nurse_Staffing_Q2_2024.csv";
    private static final String PBJ_2023 = "Payroll_Based_Journal_Daily_Nurse_Staffing_2023_Q2.csv";
    private static final String NOTES = "topic,owner\nbudget,ann\n";
    private static final String ACCESS_TOKEN = "ya29.local-test-access-token";

    @DriveIngestResource.Peers
    DriveIngestResource.DrivePeers peers;

    private S3Client s3;
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (logged) {
                logged.add(String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters())
                        + " " + (record.getThrown() == null ? "" : record.getThrown().toString()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void setUp() {
        s3 = peers.s3().client();
        for (S3Object object : s3.listObjectsV2(r -> r.bucket(DriveIngestResource.BUCKET)).contents()) {
            s3.deleteObject(r -> r.bucket(DriveIngestResource.BUCKET).key(object.key()));
        }
        peers.drive().resetAll();
        peers.drive().stubFor(post(urlPathEqualTo("/token")).willReturn(okJson(
                "{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")));
        peers.drive().stubFor(get(urlPathEqualTo("/drive/v3/changes/startPageToken"))
                .willReturn(okJson("{\"kind\":\"drive#startPageToken\",\"startPageToken\":\"100\"}")));
        serve("f1", Samples.read(PBJ));
        serve("f2", NOTES.getBytes(StandardCharsets.UTF_8));
        serve("f3", Samples.read(PBJ_2023));
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void tearDown() {
        Logger.getLogger("").removeHandler(capture);
        s3.close();
    }

    @Test
    void theFirstPoll_copiesTheWholeFolder_intoBronzeByDataset_andKeepsTheStartToken() throws Exception {
        ArrayNode files = Lambda.JSON.createArrayNode();
        files.add(file("f1", PBJ, Samples.read(PBJ)));
        files.add(file("f2", "meeting_notes.csv", NOTES.getBytes(StandardCharsets.UTF_8)));
        peers.drive().stubFor(get(urlPathEqualTo("/drive/v3/files")).willReturn(okJson(
                Lambda.JSON.createObjectNode().put("kind", "drive#fileList").set("files", files).toString())));

        JsonNode out = Lambda.invoke("{\"source\":\"aws.scheduler\",\"detail-type\":\"Scheduled Event\"}");

        assertThat(out.path("fullListing").asBoolean()).isTrue();
        assertThat(out.path("documents").asInt()).isEqualTo(2);
        assertThat(out.path("copied").asInt()).isEqualTo(2);
        String pbjKey = "bronze/pbj/" + md5(Samples.read(PBJ)) + "/" + PBJ;
        String notesKey = "bronze/unrecognized/" + md5(NOTES.getBytes(StandardCharsets.UTF_8)) + "/meeting_notes.csv";
        assertThat(keys()).contains(pbjKey, notesKey, "ops/drive/checkpoint.json");
        assertThat(read(pbjKey)).isEqualTo(Samples.read(PBJ));
        JsonNode checkpoint = Lambda.JSON.readTree(read("ops/drive/checkpoint.json"));
        assertThat(checkpoint.path("checkpoint").asText()).isEqualTo("100");
        assertThat(checkpoint.path("source").asText()).isEqualTo("drive folder " + DriveIngestResource.FOLDER);
        // The service account's token was used for every Drive call.
        peers.drive().verify(getRequestedFor(urlPathEqualTo("/drive/v3/files"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN)));
    }

    @Test
    void aLaterPoll_followsTheChangesSinceTheCheckpoint_copiesOnlyWhatIsNew_andMovesTheCheckpointOn()
            throws Exception {
        putCheckpoint("100");
        ObjectNode change = Lambda.JSON.createObjectNode().put("kind", "drive#change").put("changeType", "file")
                .put("time", "2024-11-02T10:00:00Z").put("removed", false).put("fileId", "f3");
        ObjectNode file = file("f3", PBJ_2023, Samples.read(PBJ_2023));
        file.putArray("parents").add(DriveIngestResource.FOLDER);
        file.put("trashed", false);
        change.set("file", file);
        ObjectNode page = Lambda.JSON.createObjectNode().put("kind", "drive#changeList").put("newStartPageToken", "101");
        page.putArray("changes").add(change);
        peers.drive().stubFor(get(urlPathEqualTo("/drive/v3/changes")).withQueryParam("pageToken", equalTo("100"))
                .willReturn(okJson(page.toString())));

        JsonNode out = Lambda.invoke("{}");

        assertThat(out.path("fullListing").asBoolean()).isFalse();
        assertThat(out.path("copied").asInt()).isEqualTo(1);
        assertThat(out.path("objects").get(0).path("key").asText())
                .isEqualTo("bronze/pbj/" + md5(Samples.read(PBJ_2023)) + "/" + PBJ_2023);
        assertThat(Lambda.JSON.readTree(read("ops/drive/checkpoint.json")).path("checkpoint").asText())
                .isEqualTo("101");
        assertThat(peers.drive().findAll(getRequestedFor(urlPathEqualTo("/drive/v3/files")))).isEmpty();
    }

    @Test
    void theServiceAccountKey_andItsToken_neverReachTheLogs() throws Exception {
        putCheckpoint("100");
        peers.drive().stubFor(get(urlPathEqualTo("/drive/v3/changes")).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":500,\"message\":\"Backend Error\"}}")));

        Lambda.Failure failure = Lambda.invokeFailing("{}");

        assertThat(failure.errorType()).isNotBlank();
        List<String> lines;
        synchronized (logged) {
            lines = List.copyOf(logged);
        }
        assertThat(lines).isNotEmpty();
        assertThat(String.join("\n", lines) + failure.errorMessage()).doesNotContain(peers.privateKeyBody())
                .doesNotContain(ACCESS_TOKEN).doesNotContain("PRIVATE KEY");
        // The checkpoint stays where it was, so the next poll asks again.
        assertThat(Lambda.JSON.readTree(read("ops/drive/checkpoint.json")).path("checkpoint").asText())
                .isEqualTo("100");
    }

    private void serve(String id, byte[] content) {
        peers.drive().stubFor(get(urlPathEqualTo("/download/drive/v3/files/" + id)).withQueryParam("alt",
                equalTo("media")).willReturn(
                        aResponse().withStatus(200)
                                .withHeader("Content-Type", "application/octet-stream").withBody(content)));
    }

    private static ObjectNode file(String id, String name, byte[] content) throws Exception {
        return Lambda.JSON.createObjectNode().put("id", id).put("name", name).put("mimeType", "text/csv")
                .put("modifiedTime", "2024-11-01T09:00:00Z").put("size", Long.toString(content.length))
                .put("md5Checksum", md5(content));
    }

    private void putCheckpoint(String token) {
        ObjectNode checkpoint = Lambda.JSON.createObjectNode()
                .put("source", "drive folder " + DriveIngestResource.FOLDER).put("checkpoint", token)
                .put("updatedAt", "2024-11-01T00:00:00Z");
        s3.putObject(r -> r.bucket(DriveIngestResource.BUCKET).key("ops/drive/checkpoint.json"),
                RequestBody.fromString(checkpoint.toString()));
    }

    private List<String> keys() {
        return s3.listObjectsV2(r -> r.bucket(DriveIngestResource.BUCKET)).contents().stream().map(S3Object::key)
                .toList();
    }

    private byte[] read(String key) {
        return s3.getObjectAsBytes(r -> r.bucket(DriveIngestResource.BUCKET).key(key)).asByteArray();
    }

    private static String md5(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(content));
    }
}
