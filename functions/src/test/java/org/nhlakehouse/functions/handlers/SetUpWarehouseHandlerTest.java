package org.nhlakehouse.functions.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.nhlakehouse.functions.testing.HandlerProfile;
import org.nhlakehouse.functions.testing.Lambda;
import org.nhlakehouse.functions.testing.TestLakehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The setUpWarehouse function as CloudFormation's custom resource, on the local engine: it creates the tables and
 * answers on the pre-signed ResponseURL (a loopback server here) in every case.
 */
@QuarkusTest
@TestProfile(SetUpWarehouseHandlerTest.Profile.class)
class SetUpWarehouseHandlerTest {

    public static class Profile extends HandlerProfile {
        public Profile() {
            super("setUpWarehouse");
        }
    }

    /** One PUT that CloudFormation's ResponseURL received. */
    record Answer(String method, String contentType, JsonNode body) {
    }

    @Inject
    TestLakehouse lakehouse;

    private HttpServer cloudFormation;
    private final List<Answer> answers = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        lakehouse.dropEverything();
        cloudFormation = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        cloudFormation.createContext("/", exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                answers.add(new Answer(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst(
                        "Content-Type"), Lambda.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8))));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        cloudFormation.start();
    }

    @AfterEach
    void tearDown() {
        cloudFormation.stop(0);
    }

    @Test
    void create_makesTheTables_andAnswersSuccess() {
        JsonNode out = Lambda.invoke(event("Create"));

        assertThat(out.path("Status").asText()).isEqualTo("SUCCESS");
        assertThat(answers).singleElement().satisfies(answer -> {
            assertThat(answer.method()).isEqualTo("PUT");
            assertThat(answer.contentType()).isNull();
            assertThat(answer.body().path("Status").asText()).isEqualTo("SUCCESS");
            assertThat(answer.body().path("RequestId").asText()).isEqualTo("6c2d6a4e-1f0b-4c8e-9d77-3f5a2b1c0d9e");
            assertThat(answer.body().path("LogicalResourceId").asText()).isEqualTo("WarehouseTables");
            assertThat(answer.body().path("StackId").asText()).startsWith("arn:aws:cloudformation:");
            assertThat(answer.body().path("PhysicalResourceId").asText()).isEqualTo("nhl_test_ops-tables");
        });
        assertThat(lakehouse.query("select count(*) as n from " + lakehouse.schema("ops") + ".pipeline_runs"))
                .singleElement().satisfies(row -> assertThat(((Number) row.get("n")).longValue()).isZero());
    }

    @Test
    void update_isIdempotent_andDelete_keepsTheTables() {
        Lambda.invoke(event("Create"));

        assertThat(Lambda.invoke(event("Update")).path("Status").asText()).isEqualTo("SUCCESS");
        assertThat(Lambda.invoke(event("Delete")).path("Status").asText()).isEqualTo("SUCCESS");

        assertThat(answers).hasSize(3).allSatisfy(a -> assertThat(a.body().path("Status").asText())
                .isEqualTo("SUCCESS"));
        assertThat(lakehouse.query("select count(*) as n from " + lakehouse.schema("gold") + ".fct_facility_day"))
                .hasSize(1);
    }

    @Test
    void aFailure_isAnsweredAsFailed_withItsReason() {
        // A table where a view of the catalog goes: the view cannot replace it, on DuckDB as on Athena.
        lakehouse.warehouse().execute("block", "CREATE SCHEMA " + lakehouse.schema("gold"));
        lakehouse.warehouse().execute("block", "CREATE TABLE " + lakehouse.schema("gold") + ".data_health (x INTEGER)");

        JsonNode out = Lambda.invoke(event("Create"));

        assertThat(out.path("Status").asText()).isEqualTo("FAILED");
        assertThat(answers).singleElement().satisfies(answer -> {
            assertThat(answer.body().path("Status").asText()).isEqualTo("FAILED");
            assertThat(answer.body().path("Reason").asText()).isNotBlank();
        });
    }

    private String event(String requestType) {
        return Lambda.event("cloudformation-create.json").replace("\"Create\"", "\"" + requestType + "\"")
                .replace("${responseUrl}", "http://127.0.0.1:" + cloudFormation.getAddress().getPort()
                        + "/cloudformation-response?X-Amz-Signature=local");
    }
}
