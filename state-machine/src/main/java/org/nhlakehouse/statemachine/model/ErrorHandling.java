package org.nhlakehouse.statemachine.model;

import java.util.List;

/** The {@code Retry} and {@code Catch} fields of a Task, Parallel or Map state (each empty when absent). */
public record ErrorHandling(List<Retrier> retriers, List<Catcher> catchers) {

    public static final ErrorHandling NONE = new ErrorHandling(List.of(), List.of());

    public ErrorHandling {
        retriers = List.copyOf(retriers);
        catchers = List.copyOf(catchers);
    }
}
