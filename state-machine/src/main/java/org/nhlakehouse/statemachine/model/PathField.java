package org.nhlakehouse.statemachine.model;

import org.nhlakehouse.statemachine.json.JsonPathExpression;

/**
 * An {@code InputPath} or {@code OutputPath}: a path, or JSON {@code null}, which means "use {@code {}}"
 * (<a href="https://states-language.net/spec.html#filters">spec, "Input and Output Processing"</a>).
 */
public record PathField(JsonPathExpression path) {

    /** The default when the field is absent: the whole document. */
    public static final PathField ROOT = new PathField(JsonPathExpression.parse("$"));
    /** The field was given as JSON null. */
    public static final PathField NULL = new PathField(null);

    public boolean isNull() {
        return path == null;
    }
}
