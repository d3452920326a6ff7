package org.nhlakehouse.statemachine.model;

import org.nhlakehouse.statemachine.json.PayloadTemplate;

/**
 * A state's JSONPath data-flow fields. {@code parameters} and {@code resultSelector} are null when absent; the path
 * fields hold their defaults ({@code $}) when absent.
 */
public record InputOutput(PathField inputPath, PayloadTemplate parameters, PayloadTemplate resultSelector,
        ResultPathField resultPath, PathField outputPath) {

    public static final InputOutput DEFAULTS = new InputOutput(PathField.ROOT, null, null, ResultPathField.ROOT,
            PathField.ROOT);
}
