package org.nhlakehouse.dashboard.gold;

import java.util.Objects;

/**
 * Identifies one publication of Gold.
 *
 * @param id changes whenever Gold changes (local: the publication marker's time and size; Athena: the last run)
 * @param publishedAt when Gold was published, as the publisher wrote it (ISO-8601), or empty when unknown
 */
public record DataVersion(String id, String publishedAt) {
    public DataVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(publishedAt, "publishedAt");
    }
}
