package org.nhlakehouse.dashboard.facilities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.nhlakehouse.core.engine.SqlValue;
import org.nhlakehouse.dashboard.export.TableData;
import org.nhlakehouse.dashboard.query.Condition;
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.query.ViewQuery;
import org.nhlakehouse.dashboard.web.BedSizeBand;
import org.nhlakehouse.dashboard.web.Ownership;
import org.nhlakehouse.dashboard.web.Params;
import org.nhlakehouse.dashboard.web.QueryString;
import org.nhlakehouse.dashboard.web.SortDirection;

/**
 * The Facilities page's filters, validated and normalized: equal filters give equal queries (and share a cache
 * entry) and equal links.
 */
public record FacilityFilter(String quarter, Optional<String> state, Optional<Ownership> ownership,
        Optional<BedSizeBand> band, Optional<Integer> overall, Optional<Integer> staffing, String search,
        Optional<Double> minHprd, Optional<Double> maxHprd, FacilitySort sort, SortDirection direction, int page,
        int size) {

    /** Exports carry every matching row; this bounds them all the same. */
    static final long EXPORT_LIMIT = 10_000_000;

    /** Reads the request parameters; every one is validated here. */
    public static FacilityFilter parse(Quarters loadedQuarters, String quarter, String state, String ownership,
            String band, String overall, String staffing, String q, String minHprd, String maxHprd, String sort,
            String dir, String page, String size) {
        return new FacilityFilter(Params.quarter(quarter, loadedQuarters), Params.state(state),
                Params.optionalChoice(ownership, "ownership", Ownership.class),
                Params.optionalChoice(band, "band", BedSizeBand.class), Params.rating(overall, "overall"),
                Params.rating(staffing, "staffing"), Params.search(q),
                Params.decimal(minHprd, "hprd_min", 0, 24), Params.decimal(maxHprd, "hprd_max", 0, 24),
                Params.choice(sort, "sort", FacilitySort.class, FacilitySort.TOTAL_HPRD),
                Params.choice(dir, "dir", SortDirection.class, SortDirection.DESC), Params.page(page),
                Params.pageSize(size));
    }

    /** The filters as URL parameters (without page). */
    public QueryString filters() {
        return QueryString.create().with("quarter", quarter).with("state", state).with("ownership", ownership)
                .with("band", band).with("overall", overall).with("staffing", staffing).with("q", search)
                .with("hprd_min", minHprd).with("hprd_max", maxHprd);
    }

    /** Filters and sort, for links that keep both (paging, export). */
    public QueryString filtersAndSort() {
        return filters().with("sort", sort).with("dir", direction).with("size", size == 50 ? null : size);
    }

    public ViewQuery pageQuery() {
        return query((long) (page - 1) * size, size);
    }

    /** The Facilities table of these filters for a download: every matching row, in this sort. */
    public TableData export() {
        return TableData.ofQuarter("facilities", filtersAndSort(), query(0, EXPORT_LIMIT), FacilitiesReadModel.COLUMNS,
                quarter);
    }

    /** The filters the user set, as conditions over named parameters; an unset filter adds none. */
    List<Condition> conditions() {
        List<Condition> conditions = new ArrayList<>();
        conditions.addAll(Condition.equalTo("r.state", "state", state));
        conditions.addAll(Condition.equalTo("r.ownership_group", "ownership", ownership.map(Ownership::label)));
        conditions.addAll(Condition.equalTo("r.bed_size_band", "band", band.map(BedSizeBand::label)));
        conditions.addAll(Condition.equalTo("d.overall_rating", "overall", overall));
        conditions.addAll(Condition.equalTo("d.staffing_rating", "staffing", staffing));
        if (!search.isEmpty()) {
            String upper = search.toUpperCase(Locale.ROOT);
            String escaped = upper.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            conditions.add(new Condition("upper(r.provider_name) like :name_pattern escape '\\'"
                    + " or r.ccn like :ccn_prefix escape '\\'",
                    Map.of("name_pattern", SqlValue.of("%" + escaped + "%"), "ccn_prefix", SqlValue.of(escaped + "%"))));
        }
        minHprd.ifPresent(min -> conditions.add(Condition.of("r.total_hprd >= :hprd_min", "hprd_min", min)));
        maxHprd.ifPresent(max -> conditions.add(Condition.of("r.total_hprd <= :hprd_max", "hprd_max", max)));
        return conditions;
    }

    private ViewQuery query(long offset, long limit) {
        return ViewQuery.of("facilities").with("quarter", quarter).where(conditions())
                .withIdentifier("sort", sort.column())
                .withIdentifier("direction", direction.sql())
                .withLiteral("offset", offset)
                .withLiteral("limit", limit);
    }
}
