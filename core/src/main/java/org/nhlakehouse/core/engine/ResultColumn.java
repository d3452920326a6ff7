package org.nhlakehouse.core.engine;

import java.util.Objects;

/** A column of a query result. */
public record ResultColumn(String name, SqlType type) {
    public ResultColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
