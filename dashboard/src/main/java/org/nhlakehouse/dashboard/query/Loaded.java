package org.nhlakehouse.dashboard.query;

import java.util.List;

import jakarta.inject.Singleton;

import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.dashboard.gold.DataVersion;
import org.nhlakehouse.dashboard.view.Provenance;

/** What is loaded: quarters, states, and the provenance every page states. */
@Singleton
public class Loaded {

    private final GoldQueries queries;

    public Loaded(GoldQueries queries) {
        this.queries = queries;
    }

    /** Loaded quarters, oldest first, with their coverage. */
    public Quarters quarters() {
        return Quarters.of(queries.run(ViewQuery.of("quarters")).rows());
    }

    /** States with data in a quarter. */
    public List<String> states(String quarter) {
        return queries.run(ViewQuery.of("states_loaded").with("quarter", quarter)).rows().stream()
                .map(r -> (String) r.getFirst())
                .toList();
    }

    public Provenance provenance() {
        DataVersion version = queries.version();
        QueryResult facts = queries.run(ViewQuery.of("provenance"));
        List<Object> row = facts.rows().getFirst();
        QueryResult runs = queries.run(ViewQuery.of("last_run"));
        String lastRun = "none recorded";
        if (!runs.rows().isEmpty()) {
            List<Object> run = runs.rows().getFirst();
            lastRun = run.get(0) + ", " + run.get(3) + (run.get(2) == null ? ""
                    : ", finished "
                            + run.get(2).toString().replace('T', ' ').replaceAll("\\.\\d+$", "") + " UTC");
        }
        return new Provenance(text(row.get(0)), text(row.get(1)), ((Number) row.get(2)).longValue(), text(row.get(3)),
                lastRun, version.publishedAt(), queries.describeSource());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
