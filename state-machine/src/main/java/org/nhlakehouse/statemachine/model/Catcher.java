package org.nhlakehouse.statemachine.model;

import java.util.List;

/** One element of {@code Catch}: matching errors go to {@code next}, with the Error Output placed at ResultPath. */
public record Catcher(List<String> errorEquals, String next, ResultPathField resultPath) {

    public Catcher {
        errorEquals = List.copyOf(errorEquals);
    }
}
