package org.nhlakehouse.statemachine.parse;

import java.util.ArrayList;
import java.util.List;

/** Errors and warnings found while loading a definition; errors stop the load, warnings are reported. */
public final class Problems {

    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    public void error(String where, String message) {
        errors.add(where + ": " + message);
    }

    public void warn(String where, String message) {
        warnings.add(where + ": " + message);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    int errorCount() {
        return errors.size();
    }

    public List<String> errors() {
        return List.copyOf(errors);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }
}
