package org.nhlakehouse.trino;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.engine.EngineKind;
import org.nhlakehouse.core.engine.QueryHandle;
import org.nhlakehouse.core.engine.QueryState;
import org.nhlakehouse.core.engine.QueryStatus;
import org.nhlakehouse.core.engine.SqlStatement;

/** What the engine does on its own side: no Trino server, only loopback sockets that refuse or never answer. */
class TrinoSqlEngineWithoutServerTest {

    private static final String TOKEN = "step-merge-pbj-0123456789abcdef0123456789abcdef";

    @Test
    void submit_toAnUnreachableCoordinator_failsWithARetryableConnectionError() throws IOException {
        try (TrinoSqlEngine engine = new TrinoSqlEngine(settings(closedPort()))) {
            QueryHandle handle = engine.submit(SqlStatement.of("select 1"));

            QueryStatus status = await().atMost(Duration.ofSeconds(30)).until(() -> engine.status(handle),
                    s -> s.state().isTerminal());

            assertThat(status.state()).isEqualTo(QueryState.FAILED);
            assertThat(status.errorType()).contains(TrinoErrors.CONNECTION_ERROR);
            assertThat(status.retryable()).isTrue();
            assertThatThrownBy(() -> engine.results(handle, Optional.empty(), 10))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("FAILED");
        }
    }

    @Test
    void submit_returnsSameHandle_forSameClientRequestToken_andRunsItOnce() throws IOException {
        try (TrinoSqlEngine engine = new TrinoSqlEngine(settings(closedPort()))) {
            SqlStatement statement = SqlStatement.of("select ?", "x").withClientRequestToken(TOKEN);

            QueryHandle first = engine.submit(statement);
            QueryHandle second = engine.submit(statement.withLabel("a retry of the same step"));

            assertThat(second).isEqualTo(first);
            assertThat(engine.openExecutions()).isEqualTo(1);
        }
    }

    @Test
    void submit_rejectsAClientRequestToken_reusedForAnotherStatement() throws IOException {
        try (TrinoSqlEngine engine = new TrinoSqlEngine(settings(closedPort()))) {
            engine.submit(SqlStatement.of("select ?", "x").withClientRequestToken(TOKEN));

            assertThatThrownBy(() -> engine.submit(SqlStatement.of("select ?", "y").withClientRequestToken(TOKEN)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another statement");
        }
    }

    @Test
    void tokens_andStatuses_outliveRelease() throws IOException {
        try (TrinoSqlEngine engine = new TrinoSqlEngine(settings(closedPort()))) {
            SqlStatement statement = SqlStatement.of("select 1").withClientRequestToken(TOKEN);
            QueryHandle handle = engine.submit(statement);
            await().atMost(Duration.ofSeconds(30)).until(() -> engine.status(handle).state().isTerminal());

            engine.release(handle);

            assertThat(engine.openExecutions()).isZero();
            assertThat(engine.status(handle).state()).isEqualTo(QueryState.FAILED);
            assertThat(engine.submit(statement)).isEqualTo(handle);
            assertThatThrownBy(() -> engine.results(handle, Optional.empty(), 10))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("released");
        }
    }

    @Test
    void statementsBeyondTheConcurrencyLimit_waitQueued_andCancelAtOnce() throws Exception {
        try (SilentServer silent = new SilentServer();
                TrinoSqlEngine engine = new TrinoSqlEngine(settings(silent.port()).withMaxConcurrentQueries(1))) {
            QueryHandle running = engine.submit(SqlStatement.of("select 1"));
            await().atMost(Duration.ofSeconds(30)).until(() -> engine.status(running).state() == QueryState.RUNNING);

            QueryHandle waiting = engine.submit(SqlStatement.of("select 2"));
            assertThat(engine.status(waiting).state()).isEqualTo(QueryState.QUEUED);

            engine.cancel(waiting);
            assertThat(engine.status(waiting).state()).isEqualTo(QueryState.CANCELLED);
            assertThat(engine.status(running).state()).isEqualTo(QueryState.RUNNING);
        }
    }

    @Test
    void aClosedEngine_rejectsNewStatements() {
        TrinoSqlEngine engine = new TrinoSqlEngine(settings(1));
        engine.close();

        assertThat(engine.kind()).isEqualTo(EngineKind.TRINO);
        assertThatThrownBy(() -> engine.submit(SqlStatement.of("select 1"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void unknownHandles_areRejected() {
        try (TrinoSqlEngine engine = new TrinoSqlEngine(settings(1))) {
            QueryHandle unknown = new QueryHandle("no-such-handle");

            assertThatThrownBy(() -> engine.status(unknown)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> engine.results(unknown, Optional.empty(), 10))
                    .isInstanceOf(IllegalArgumentException.class);
            engine.cancel(unknown);
            engine.release(unknown);
        }
    }

    private static TrinoEngineSettings settings(int port) {
        return TrinoEngineSettings.of("jdbc:trino://127.0.0.1:" + port, "iceberg", Optional.empty(), "test");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Accepts connections on loopback and never answers, so a statement stays running until the socket closes. */
    private static final class SilentServer implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> accepted = new CopyOnWriteArrayList<>();
        private final Thread acceptor;

        SilentServer() throws IOException {
            acceptor = Thread.ofPlatform().daemon().start(() -> {
                try {
                    while (!socket.isClosed()) {
                        accepted.add(socket.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws Exception {
            socket.close();
            for (Socket connection : accepted) {
                connection.close();
            }
            acceptor.join(Duration.ofSeconds(5));
        }
    }
}
