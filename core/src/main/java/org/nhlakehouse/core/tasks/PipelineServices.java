package org.nhlakehouse.core.tasks;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.nhlakehouse.core.engine.SqlExecutionException;
import org.nhlakehouse.core.landing.FileLander;
import org.nhlakehouse.core.pipeline.FileLog;
import org.nhlakehouse.core.pipeline.Landing;
import org.nhlakehouse.core.pipeline.RunLog;
import org.nhlakehouse.core.pipeline.Warehouse;

/**
 * What the pipeline's tasks work with, wired once per deployment (by CDI producers on AWS, by hand locally), and the
 * tasks themselves.
 */
public final class PipelineServices {

    /** How long a run may hold the pipeline lease before another run may take it over (a crashed run's lease). */
    public static final Duration DEFAULT_LEASE = Duration.ofHours(2);

    private final Warehouse warehouse;
    private final FileLog fileLog;
    private final Landing landing;
    private final RunLog runLog;
    private final PipelineLease lease;
    private final Clock clock;
    private final Notifier notifier;

    /**
     * @param compressBronzeRows gzip Bronze rows (on S3, where Athena bills bytes scanned)
     * @param leaseTimeToLive how long a run may hold the pipeline lease before another may take it over
     * @param processBoundLease locally: a lease whose process died is free at once (see {@link PipelineLease})
     */
    public PipelineServices(Warehouse warehouse, boolean compressBronzeRows, Duration leaseTimeToLive,
            boolean processBoundLease, Clock clock, Notifier notifier) {
        this.warehouse = warehouse;
        this.fileLog = new FileLog(warehouse);
        this.landing = new Landing(warehouse, new FileLander(warehouse.store(), compressBronzeRows), fileLog, clock);
        this.runLog = new RunLog(warehouse);
        this.lease = new PipelineLease(warehouse.store(), leaseTimeToLive, processBoundLease);
        this.clock = clock;
        this.notifier = notifier;
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    public FileLog fileLog() {
        return fileLog;
    }

    public Landing landing() {
        return landing;
    }

    public RunLog runLog() {
        return runLog;
    }

    public PipelineLease lease() {
        return lease;
    }

    public Clock clock() {
        return clock;
    }

    public Notifier notifier() {
        return notifier;
    }

    /**
     * Renews the lease of a run whose steps are progressing ({@link PipelineLease#renew}), or stops the run with
     * {@link LeaseLostException} when another run has taken it over.
     */
    void keepLease(String execution) {
        if (!lease.renew(execution, clock.instant())) {
            throw new LeaseLostException("Run " + execution + " no longer holds the pipeline lease (held by "
                    + lease.holder(clock.instant()).orElse("nobody") + "); it stops before writing anything more");
        }
    }

    LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Every task of the state machine, by name. */
    public List<PipelineTask> tasks() {
        return List.of(new LandFileTask(this), new PlanBatchTask(this), new RunSqlStepTask(this),
                new CheckSqlStepTask(this), new FinishRunTask(this), new FailRunTask(this)).stream()
                .map(PipelineServices::transientEngineErrorsAreRetryable).toList();
    }

    /**
     * Tasks also write small tables (the file log, the run log); two runs landing files at once can collide there
     * (Iceberg commit conflicts on Athena, write-write conflicts on DuckDB). Such errors become
     * {@link RetryableSqlStepException}, which the state machine retries with backoff and jitter.
     */
    private static PipelineTask transientEngineErrorsAreRetryable(PipelineTask task) {
        return PipelineTask.named(task.name(), input -> {
            try {
                return task.apply(input);
            } catch (SqlExecutionException e) {
                if (e.retryable()) {
                    throw new RetryableSqlStepException(task.name() + ": " + e.getMessage());
                }
                throw e;
            }
        });
    }
}
