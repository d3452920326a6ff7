package org.nhlakehouse.gdrive;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * WireMock (loopback, random port) acting as Google's OAuth token endpoint and the Drive API v3: files.list with
 * paging, media download, files.export, changes.getStartPageToken and changes.list, all answered from an in-memory
 * folder. Pages hold {@link #PAGE} items whatever {@code pageSize} asks (Drive may return fewer than asked).
 */
final class FakeDrive implements AutoCloseable {

    static final String FOLDER = "1AbCdEfGhIjKlMnOpQrStUvWxYz012345";
    static final String OTHER_FOLDER = "0OtherFolder987654321";
    static final String ACCESS_TOKEN = "ya29.local-test-access-token";
    static final int PAGE = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    record FakeFile(String id, String name, String mimeType, byte[] content, Instant modified, List<String> parents,
            boolean trashed) {
    }

    private final WireMockServer server;
    private final List<FakeFile> files = new ArrayList<>();
    private final List<ObjectNode> changes = new ArrayList<>();
    private final String privateKeyPem;
    private volatile int tokenStatus = 200;
    private int nextId = 1;

    FakeDrive() throws Exception {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
                .notifier(new ConsoleNotifier(false)).extensions(new Responder()));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(Responder.NAME)));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        privateKeyPem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    WireMockServer server() {
        return server;
    }

    URI rootUrl() {
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    String privateKeyPem() {
        return privateKeyPem;
    }

    /** A service-account key whose token_uri is this server, signed with a key generated for the test. */
    ServiceAccountKey key() {
        ObjectNode key = JSON.createObjectNode()
                .put("type", "service_account")
                .put("project_id", "nh-lakehouse-test")
                .put("private_key_id", "0123456789abcdef")
                .put("private_key", privateKeyPem)
                .put("client_email", "drive-poller@nh-lakehouse-test.iam.gserviceaccount.com")
                .put("client_id", "100000000000000000001")
                .put("token_uri", rootUrl() + "token");
        return ServiceAccountKey.fromJson(key.toString());
    }

    GoogleDriveSettings settings() {
        return GoogleDriveSettings.of(FOLDER, key()).withRootUrl(rootUrl());
    }

    /** Makes the token endpoint refuse the service account's assertion. */
    void refuseTokens() {
        tokenStatus = 400;
    }

    synchronized void reset() {
        files.clear();
        changes.clear();
        server.resetRequests();
        tokenStatus = 200;
    }

    synchronized FakeFile addFile(String name, String mimeType, String content, Instant modified, String parent) {
        FakeFile file = new FakeFile("f" + nextId++ + "xYz", name, mimeType, content.getBytes(StandardCharsets.UTF_8),
                modified, List.of(parent), false);
        files.add(file);
        return file;
    }

    /** Records a change of a file as Drive would: the file's current metadata, at a time. */
    synchronized void recordChange(FakeFile file, Instant time, Optional<Instant> viewedByMe) {
        ObjectNode json = fileJson(file);
        json.set("parents", JSON.valueToTree(file.parents()));
        json.put("trashed", file.trashed());
        viewedByMe.ifPresent(v -> json.put("viewedByMeTime", v.toString()));
        ObjectNode change = JSON.createObjectNode().put("kind", "drive#change").put("changeType", "file")
                .put("time", time.toString()).put("removed", false).put("fileId", file.id());
        change.set("file", json);
        changes.add(change);
    }

    /** Records that a file was removed (deleted for good, or access to it lost): Drive sends no file then. */
    synchronized void recordRemoval(String fileId, Instant time) {
        changes.add(JSON.createObjectNode().put("kind", "drive#change").put("changeType", "file")
                .put("time", time.toString()).put("removed", true).put("fileId", fileId));
    }

    synchronized FakeFile trash(FakeFile file) {
        FakeFile trashed = new FakeFile(file.id(), file.name(), file.mimeType(), file.content(), file.modified(),
                file.parents(), true);
        files.replaceAll(f -> f.id().equals(file.id()) ? trashed : f);
        return trashed;
    }

    @Override
    public void close() {
        server.stop();
    }

    private ObjectNode fileJson(FakeFile file) {
        ObjectNode json = JSON.createObjectNode().put("id", file.id()).put("name", file.name())
                .put("mimeType", file.mimeType()).put("modifiedTime", file.modified().toString());
        if (!file.mimeType().startsWith("application/vnd.google-apps.")) {
            json.put("size", Long.toString(file.content().length)).put("md5Checksum", md5(file.content()));
        }
        return json;
    }

    private static String md5(byte[] content) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("MD5").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private synchronized ResponseDefinition answer(Request request) {
        String path = URI.create(request.getUrl()).getPath();
        if (path.equals("/token")) {
            return tokenStatus == 200
                    ? json("{\"access_token\":\"" + ACCESS_TOKEN + "\",\"expires_in\":3600,\"token_type\":\"Bearer\"}")
                    : error(tokenStatus, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}");
        }
        if (!("Bearer " + ACCESS_TOKEN).equals(request.getHeader("Authorization"))) {
            return error(401, "{\"error\":{\"code\":401,\"message\":\"Request had invalid authentication credentials.\"}}");
        }
        if (path.equals("/drive/v3/files")) {
            return filesList(param(request, "pageToken"));
        }
        if (path.startsWith("/download/drive/v3/files/") && "media".equals(param(request, "alt"))) {
            // files.get and files.export both download through the media URL when the client asks for alt=media.
            String id = path.substring("/download/drive/v3/files/".length());
            return id.endsWith("/export") ? media(id.substring(0, id.length() - "/export".length())) : media(id);
        }
        if (path.equals("/drive/v3/changes/startPageToken")) {
            return json("{\"kind\":\"drive#startPageToken\",\"startPageToken\":\"" + (changes.size() + 1) + "\"}");
        }
        if (path.equals("/drive/v3/changes")) {
            return changesList(Integer.parseInt(param(request, "pageToken")));
        }
        return error(404, "{\"error\":{\"code\":404,\"message\":\"Not Found: " + path + "\"}}");
    }

    private ResponseDefinition filesList(String pageToken) {
        List<FakeFile> inFolder = files.stream().filter(f -> f.parents().contains(FOLDER) && !f.trashed()).toList();
        int from = pageToken == null ? 0 : Integer.parseInt(pageToken.substring(1));
        int to = Math.min(from + PAGE, inFolder.size());
        ObjectNode page = JSON.createObjectNode().put("kind", "drive#fileList").put("incompleteSearch", false);
        if (to < inFolder.size()) {
            page.put("nextPageToken", "p" + to);
        }
        page.set("files", JSON.valueToTree(inFolder.subList(from, to).stream().map(this::fileJson).toList()));
        return json(page.toString());
    }

    private ResponseDefinition changesList(int token) {
        int from = token - 1;
        int to = Math.min(from + PAGE, changes.size());
        ObjectNode page = JSON.createObjectNode().put("kind", "drive#changeList");
        if (to < changes.size()) {
            page.put("nextPageToken", Integer.toString(to + 1));
        } else {
            page.put("newStartPageToken", Integer.toString(changes.size() + 1));
        }
        page.set("changes", JSON.valueToTree(changes.subList(Math.min(from, to), to)));
        return json(page.toString());
    }

    private ResponseDefinition media(String id) {
        return files.stream().filter(f -> f.id().equals(id)).findFirst()
                .map(f -> new ResponseDefinitionBuilder().withStatus(200)
                        .withHeader("Content-Type", "application/octet-stream").withBody(f.content()).build())
                .orElseGet(() -> error(404, "{\"error\":{\"code\":404,\"message\":\"File not found: " + id
                        + "\",\"errors\":[{\"reason\":\"notFound\",\"message\":\"File not found\"}]}}"));
    }

    private static String param(Request request, String name) {
        QueryParameter parameter = request.queryParameter(name);
        return parameter != null && parameter.isPresent() ? parameter.firstValue() : null;
    }

    private static ResponseDefinition json(String body) {
        return new ResponseDefinitionBuilder().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(body).build();
    }

    private static ResponseDefinition error(int status, String body) {
        return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody(body).build();
    }

    /** Routes every request to the fake folder's state. */
    private final class Responder implements ResponseDefinitionTransformerV2 {
        static final String NAME = "fake-drive";

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            return answer(serveEvent.getRequest());
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }
}
