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
 * @param phase silver, quality or gold
 * @param dataset the dataset a Silver step belongs to (its track runs only when the batch has such files)
 * @param kind dml for statements that write, check for queries whose rows are failures
 * @param template the statement
 */
public record PipelineStep(String id, String title, Phase phase, Optional<Dataset> dataset, Kind kind,
        SqlTemplate template) {

    public enum Phase {
        SILVER,
        QUALITY,
        GOLD,
        FINISH
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
