package org.nhlakehouse.core.sql;

import java.util.Objects;
import java.util.Optional;

import org.nhlakehouse.core.landing.Dataset;

/**
 * One SQL step of the pipeline, as listed in {@code sql/manifest.yaml}: the local runner and the state machine run
 * the same steps in the same order.
 *
 * @param id the step id, e.g. {@code pbj_daily} (the file name without {@code .sql})
 * @param title what the step does, in sentence case, e.g. "Merge PBJ rows into Silver"
 * @param phase where the step runs in a run (see {@link Phase})
 * @param dataset the dataset a Silver step belongs to (its track runs only when the batch has such files)
 * @param kind dml for statements that write, check for queries whose rows are failures
 * @param template the statement
 */
public record PipelineStep(String id, String title, Phase phase, Optional<Dataset> dataset, Kind kind,
        SqlTemplate template) {

    /** Phases run in this order; see {@link #runsPerDataset()} for which run their datasets side by side. */
    public enum Phase {
        /** Type and check the batch's Bronze rows into staging, one track per dataset. */
        STAGE,
        /** Write the shared quarantine and supersede logs, one step at a time. */
        QUARANTINE,
        /** Upsert each dataset's rows into its own Silver table, one track per dataset. */
        MERGE,
        /** Data-quality checks: a failure stops the run before Gold. */
        QUALITY,
        GOLD,
        FINISH;

        /** Whether the datasets' steps of this phase write different tables and may run in parallel. */
        public boolean runsPerDataset() {
            return this == STAGE || this == MERGE;
        }

        /** Whether this phase builds Silver (and so belongs to a dataset). */
        public boolean isSilver() {
            return this == STAGE || this == QUARANTINE || this == MERGE;
        }
    }

    public enum Kind {
        /** Writes; succeeds or fails. */
        DML,
        /** A query that returns one row per problem found; any row fails the run. */
        CHECK
    }

    public PipelineStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(template, "template");
    }
}
