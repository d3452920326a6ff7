package org.nhlakehouse.dashboard.query;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import jakarta.inject.Singleton;

import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.engine.SqlValue;
import org.nhlakehouse.dashboard.config.DashboardConfig;
import org.nhlakehouse.dashboard.gold.DataVersion;
import org.nhlakehouse.dashboard.gold.GoldSource;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Runs the dashboard's queries. Results are cached per rendered statement and parameters (the request parameters are
 * normalized before they become either, so equal questions share an entry) and per data version: when a pipeline run
 * publishes new Gold, the version changes and the whole cache is dropped.
 */
@Singleton
public class GoldQueries {

    /** API Gateway's HTTP API integration timeout is 30 s; a page must answer before it. */
    static final Duration QUERY_TIMEOUT = Duration.ofSeconds(25);
    /**
     * Where queries run: platform threads, as many as are asked for at once, like the request threads that ran them
     * before. Not virtual threads: a DuckDB query blocks in native code, which would hold one of the few carrier
     * threads for its whole duration.
     */
    private static final Executor QUERY_THREADS = Executors.newCachedThreadPool(
            Thread.ofPlatform().name("gold-query-", 1).daemon().factory());

    private final GoldSource source;
    private final DashboardSql sql;
    /**
     * Asynchronous, so that a query runs outside the cache's locks (a synchronous cache computes under a lock that
     * can hold up other keys' queries) and equal queries asked at once still run once.
     */
    private final AsyncCache<Key, QueryResult> cache;
    private volatile String cachedVersion = "";

    private record Key(String version, String sql, List<SqlValue> parameters) {
    }

    public GoldQueries(GoldSource source, DashboardConfig config) {
        this.source = source;
        this.sql = new DashboardSql(source.engine().kind().dialect(), source.names());
        this.cache = Caffeine.newBuilder().maximumSize(config.cache().maxEntries())
                .expireAfterWrite(config.cache().ttl()).recordStats().executor(QUERY_THREADS).buildAsync();
    }

    /** The current data version, dropping the cache when it changed. */
    public DataVersion version() {
        DataVersion version = source.version();
        if (!version.id().equals(cachedVersion)) {
            synchronized (this) {
                if (!version.id().equals(cachedVersion)) {
                    cache.synchronous().invalidateAll();
                    cachedVersion = version.id();
                }
            }
        }
        return version;
    }

    public String describeSource() {
        return source.describe();
    }

    /** A query's whole result, from the cache when an identical query ran on the same data. */
    public QueryResult run(ViewQuery query) {
        return resultOf(start(query, version()));
    }

    /**
     * Independent queries of one page, run at the same time, their results in the order asked. On Athena every query
     * waits about a second in its queue whatever it reads, so a page that needs six results should wait once, not six
     * times. A failure is thrown as {@link #run(ViewQuery)} would throw it.
     */
    public List<QueryResult> runAll(List<ViewQuery> queries) {
        DataVersion version = version();
        List<CompletableFuture<QueryResult>> running = queries.stream().map(query -> start(query, version)).toList();
        return running.stream().map(GoldQueries::resultOf).toList();
    }

    private CompletableFuture<QueryResult> start(ViewQuery query, DataVersion version) {
        SqlStatement statement = versioned(sql.statement(query), version);
        return cache.get(new Key(version.id(), statement.sql(), statement.parameters()),
                key -> source.engine().execute(statement, QUERY_TIMEOUT));
    }

    private static QueryResult resultOf(CompletableFuture<QueryResult> result) {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /**
     * The statement with the data version in a trailing comment: an engine that reuses the results of an identical
     * query text (Athena result reuse) can then never answer with a result computed before the current version.
     */
    static SqlStatement versioned(SqlStatement statement, DataVersion version) {
        return new SqlStatement(statement.sql() + "\n/* data version " + version.id().replaceAll("[^A-Za-z0-9_.:@-]", "_")
                + " */", statement.parameters(), statement.clientRequestToken(), statement.label());
    }

    /** Streams a query's rows page by page, uncached (exports). Returns the number of rows. */
    public <E extends Exception> long stream(ViewQuery query, SqlEngine.RowSink<E> sink) throws E {
        return source.engine().stream(versioned(sql.statement(query), version()), QUERY_TIMEOUT, sink);
    }

    /** Hit and miss counts since start, for the benchmark and the data-health page. */
    public String cacheStats() {
        return cache.synchronous().stats().toString();
    }
}
