package org.nhlakehouse.statemachine.model;

import org.nhlakehouse.statemachine.json.ReferencePath;

/**
 * A {@code ResultPath}: a reference path into the raw input, or JSON {@code null}, which discards the result and passes
 * the raw input on.
 */
public record ResultPathField(ReferencePath path) {

    public static final ResultPathField ROOT = new ResultPathField(ReferencePath.parse("$"));
    public static final ResultPathField NULL = new ResultPathField(null);

    public boolean isNull() {
        return path == null;
    }
}
