package org.nhlakehouse.core.pipeline;

import org.nhlakehouse.core.engine.QueryStats;
import org.nhlakehouse.core.landing.LandingOutcome;
import org.nhlakehouse.core.sql.PipelineStep;

/** Progress of a pipeline run, for a command line or a log. Every method has a default that does nothing. */
public interface PipelineListener {

    default void landed(LandingOutcome outcome, long elapsedMillis) {
    }

    default void stepStarted(PipelineStep step) {
    }

    default void stepFinished(PipelineStep step, QueryStats stats, long elapsedMillis) {
    }

    default void message(String text) {
    }

    PipelineListener NONE = new PipelineListener() {
    };
}
