package org.nhlakehouse.dashboard.query;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;

import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.dashboard.view.Option;

/**
 * A page's read model: it runs its queries on Gold and offers the states loaded for a quarter as a filter. The two
 * collaborators are injected into these fields, so a read model declares no constructor just to pass them along.
 */
public abstract class GoldReadModel {

    @Inject
    protected GoldQueries queries;

    @Inject
    protected Loaded loaded;

    /** The state filter's choices: every state with data in the quarter, after "All states". */
    protected List<Option> stateOptions(String quarter, Optional<String> selected) {
        return Option.ofValues(loaded.states(quarter), selected.orElse(""), "All states");
    }

    /** How many rows matched a paged query before its page was cut (0 when none did). */
    protected static long matchingRows(QueryResult page) {
        return page.rows().isEmpty() ? 0
                : ((Number) page.rows().getFirst().get(page.columnIndex("matching_rows"))).longValue();
    }
}
