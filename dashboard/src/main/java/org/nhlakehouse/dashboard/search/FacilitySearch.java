package org.nhlakehouse.dashboard.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Singleton;

import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.dashboard.query.GoldQueries;
import org.nhlakehouse.dashboard.query.ViewQuery;

/**
 * The facility search: a {@link SearchIndex} built from Gold once per data version (two queries, cached like any
 * other), then answered from memory.
 */
@Singleton
public class FacilitySearch {

    /** The most matches the search box lists; the results page shows more. */
    public static final int SUGGESTIONS = 10;

    private final GoldQueries queries;
    private volatile Built built;

    private record Built(String version, SearchIndex index) {
    }

    public FacilitySearch(GoldQueries queries) {
        this.queries = queries;
    }

    public SearchIndex.Result search(String text, int limit) {
        return index().search(text, limit);
    }

    /** Builds the index of the current data version now, so that the first keystroke does not wait for it. */
    public void warm() {
        index();
    }

    /** The index of the current data version, built on first use after a new version is published. */
    SearchIndex index() {
        String version = queries.version().id();
        Built current = built;
        if (current == null || !current.version().equals(version)) {
            synchronized (this) {
                current = built;
                if (current == null || !current.version().equals(version)) {
                    current = new Built(version, new SearchIndex(facilities()));
                    built = current;
                }
            }
        }
        return current.index();
    }

    private List<SearchIndex.Facility> facilities() {
        Map<String, Set<String>> otherNames = new HashMap<>();
        Map<String, Set<String>> otherCities = new HashMap<>();
        QueryResult reported = queries.run(ViewQuery.of("search_names"));
        for (List<Object> row : reported.rows()) {
            otherNames.computeIfAbsent((String) row.get(0), k -> new LinkedHashSet<>()).add(text(row.get(1)));
            otherCities.computeIfAbsent((String) row.get(0), k -> new LinkedHashSet<>()).add(text(row.get(2)));
        }
        List<SearchIndex.Facility> facilities = new ArrayList<>();
        for (Map<String, Object> row : queries.run(ViewQuery.of("search_facilities")).asMaps()) {
            String ccn = text(row.get("ccn"));
            Set<String> names = new LinkedHashSet<>(otherNames.getOrDefault(ccn, Set.of()));
            names.remove(text(row.get("provider_name")));
            Set<String> cities = new LinkedHashSet<>(otherCities.getOrDefault(ccn, Set.of()));
            cities.remove(text(row.get("city")));
            facilities.add(new SearchIndex.Facility(ccn, text(row.get("provider_name")), text(row.get("city")),
                    text(row.get("county")), text(row.get("state")), text(row.get("first_quarter")),
                    text(row.get("last_quarter")), List.copyOf(names), List.copyOf(cities)));
        }
        return facilities;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
