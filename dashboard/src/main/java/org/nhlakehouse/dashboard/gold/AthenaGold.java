package org.nhlakehouse.dashboard.gold;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.jboss.logging.Logger;
import org.nhlakehouse.aws.AwsClientSettings;
import org.nhlakehouse.aws.athena.AthenaSettings;
import org.nhlakehouse.aws.athena.AthenaSqlEngine;
import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.engine.SqlStatement;
import org.nhlakehouse.core.sql.WarehouseNames;
import org.nhlakehouse.dashboard.config.DashboardConfig;

/**
 * AWS mode: Athena over the stack's Glue databases. The data version is the last finished pipeline run, asked of
 * {@code ops.pipeline_runs} at most once per check interval (every dashboard request would otherwise cost a query),
 * always without Athena's result reuse: a reused answer would hide a new run for as long as reuse lasts. Page queries
 * do reuse results, and carry the data version in their text (GoldQueries), so no reuse crosses a run.
 */
public final class AthenaGold implements GoldSource {

    private final SqlEngine engine;
    private final SqlEngine probe;
    private final WarehouseNames names;
    private final Duration checkInterval;
    private final Clock clock;
    private volatile Checked last;

    private record Checked(Instant at, DataVersion version) {
    }

    AthenaGold(AthenaSqlEngine engine, WarehouseNames names, Duration checkInterval, Clock clock) {
        this(engine, engine.withoutResultReuse(), names, checkInterval, clock);
    }

    AthenaGold(SqlEngine engine, SqlEngine probe, WarehouseNames names, Duration checkInterval, Clock clock) {
        this.engine = engine;
        this.probe = probe;
        this.names = names;
        this.checkInterval = checkInterval;
        this.clock = clock;
    }

    @SuppressWarnings("deprecation")
    public static AthenaGold open(DashboardConfig config) {
        DashboardConfig.Athena athena = config.athena();
        if (athena.prefix().isPresent() || athena.region().isPresent()) {
            Logger.getLogger(AthenaGold.class).warn("lakehouse.athena.prefix and lakehouse.athena.region are deprecated"
                    + " aliases: set lakehouse.database-prefix and lakehouse.region (LAKEHOUSE_DATABASE_PREFIX,"
                    + " LAKEHOUSE_REGION), the keys the pipeline's functions read too");
        }
        WarehouseNames names = WarehouseNames.prefixed(config.databasePrefix());
        AthenaSettings settings = AthenaSettings.of(athena.workgroup(), names.gold())
                .withResultReuse(athena.resultReuseMinutes());
        if (athena.outputLocation().isPresent()) {
            settings = settings.withOutputLocation(athena.outputLocation().get());
        }
        return new AthenaGold(AthenaSqlEngine.create(AwsClientSettings.of(config.region()), settings), names,
                config.cache().versionCheckInterval(), Clock.systemUTC());
    }

    @Override
    public SqlEngine engine() {
        return engine;
    }

    @Override
    public WarehouseNames names() {
        return names;
    }

    @Override
    public String describe() {
        return "Athena, databases " + names.gold() + " and " + names.ops();
    }

    @Override
    public DataVersion version() {
        Checked seen = last;
        Instant now = clock.instant();
        if (seen != null && seen.at.plus(checkInterval).isAfter(now)) {
            return seen.version;
        }
        // Every value is from the stack's own configuration (validated identifiers); there are no user values here.
        List<List<Object>> rows = probe.execute(SqlStatement.of("select run_id, cast(finished_at as varchar) from "
                + names.ops() + ".pipeline_runs where status = 'succeeded' order by finished_at desc limit 1")
                .withLabel("data version")).rows();
        if (rows.isEmpty()) {
            throw new NoPublishedGoldException("No pipeline run has succeeded yet in " + names.ops() + ".pipeline_runs.");
        }
        DataVersion version = new DataVersion(String.valueOf(rows.getFirst().get(0)),
                String.valueOf(rows.getFirst().get(1)));
        last = new Checked(now, version);
        return version;
    }

    @Override
    public void close() {
        engine.close();
    }
}
