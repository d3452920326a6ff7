package org.nhlakehouse.core.landing;

import java.util.List;
import java.util.Objects;

/**
 * A column of a dataset's Bronze rows, and the header spellings CMS has used for it over the years.
 *
 * @param name the canonical (Bronze) column name, lower case
 * @param aliases other normalized header names that mean this column (see {@link HeaderNames#normalize})
 * @param required whether a file without this column is refused
 */
public record CanonicalColumn(String name, List<String> aliases, boolean required) {
    public CanonicalColumn {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }

    static CanonicalColumn required(String name, String... aliases) {
        return new CanonicalColumn(name, List.of(aliases), true);
    }

    static CanonicalColumn optional(String name, String... aliases) {
        return new CanonicalColumn(name, List.of(aliases), false);
    }

    /** 0 when the header is the canonical name, 1 + alias position for an alias, -1 when it is neither. */
    int matchRank(String normalizedHeader) {
        if (name.equals(normalizedHeader)) {
            return 0;
        }
        int alias = aliases.indexOf(normalizedHeader);
        return alias < 0 ? -1 : alias + 1;
    }
}
