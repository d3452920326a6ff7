package org.nhlakehouse.core.sql;

import java.util.Objects;

/**
 * A view: one SELECT in {@code sql/<schema>/<name>.sql}, created with CREATE OR REPLACE VIEW after the tables.
 *
 * @param schema the logical schema (silver or gold)
 * @param name the view's name
 * @param select the SELECT
 */
public record ViewSpec(String schema, String name, SqlTemplate select) {
    public ViewSpec {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(select, "select");
    }
}
