package org.nhlakehouse.functions.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;

/**
 * The custom resource's answers in the cases that would stall or break a stack: an Error (not an Exception) while
 * creating the tables, the rollback of a failed update (which runs the new code again), and the Delete of a failed
 * Create. CloudFormation's pre-signed ResponseURL is a loopback server here.
 */
class WarehouseSetUpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FUNCTION = "arn:aws:lambda:us-east-1:123456789012:function:nhl-SetUpWarehouse-Xy12";

    private HttpServer cloudFormation;
    private final List<JsonNode> answers = new CopyOnWriteArrayList<>();
    private final AtomicInteger ddlRuns = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        cloudFormation = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        cloudFormation.createContext("/", exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                answers.add(JSON.readTree(in));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        cloudFormation.start();
    }

    @AfterEach
    void stop() {
        cloudFormation.stop(0);
    }

    private WarehouseSetUp setUp(Runnable ddl) {
        return new WarehouseSetUp(() -> {
            ddlRuns.incrementAndGet();
            ddl.run();
        }, "nhl_ops-tables", HttpClient.newHttpClient());
    }

    private ObjectNode event(String requestType, int version, int oldVersion) {
        ObjectNode event = JSON.createObjectNode().put("RequestType", requestType)
                .put("ResponseURL", "http://127.0.0.1:" + cloudFormation.getAddress().getPort() + "/answer")
                .put("StackId", "arn:aws:cloudformation:us-east-1:123456789012:stack/nhl/5b4f2e10")
                .put("RequestId", "r-" + requestType).put("LogicalResourceId", "WarehouseTables")
                .put("PhysicalResourceId", "nhl_ops-tables");
        event.putObject("ResourceProperties").put("FunctionVersion", FUNCTION + ":" + version);
        if (oldVersion > 0) {
            event.putObject("OldResourceProperties").put("FunctionVersion", FUNCTION + ":" + oldVersion);
        }
        return event;
    }

    @Test
    void anErrorWhileCreatingTheTables_isAnsweredAsFailed() {
        JsonNode out = setUp(() -> {
            throw new NoClassDefFoundError("org/nhlakehouse/core/sql/DdlRenderer");
        }).handle(event("Create", 3, 0));

        assertThat(out.path("Status").asText()).isEqualTo("FAILED");
        assertThat(answers).singleElement().satisfies(answer -> {
            assertThat(answer.path("Status").asText()).isEqualTo("FAILED");
            assertThat(answer.path("Reason").asText()).contains("NoClassDefFoundError");
        });
    }

    @Test
    void theRollbackOfAFailedUpdate_runsNoDdl_andSucceeds() {
        WarehouseSetUp failingNewDdl = setUp(() -> {
            throw new IllegalStateException("SYNTAX_ERROR: line 1:8: mismatched input");
        });

        assertThat(failingNewDdl.handle(event("Update", 8, 7)).path("Status").asText()).isEqualTo("FAILED");
        assertThat(failingNewDdl.handle(event("Update", 7, 8)).path("Status").asText()).isEqualTo("SUCCESS");

        assertThat(ddlRuns).hasValue(1);
        assertThat(answers).extracting(a -> a.path("Status").asText()).containsExactly("FAILED", "SUCCESS");
    }

    @Test
    void aForwardUpdate_runsTheDdl_andDeleteNeverDoes() {
        WarehouseSetUp setUp = setUp(() -> {
        });

        assertThat(setUp.handle(event("Update", 9, 8)).path("Status").asText()).isEqualTo("SUCCESS");
        assertThat(setUp.handle(event("Delete", 9, 0)).path("Status").asText()).isEqualTo("SUCCESS");

        assertThat(ddlRuns).hasValue(1);
        assertThat(answers).extracting(a -> a.path("Status").asText()).containsExactly("SUCCESS", "SUCCESS");
    }
}
