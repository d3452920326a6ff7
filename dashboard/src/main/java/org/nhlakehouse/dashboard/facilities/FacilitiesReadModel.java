package org.nhlakehouse.dashboard.facilities;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.nhlakehouse.core.engine.QueryResult;
import org.nhlakehouse.dashboard.query.GoldReadModel;
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.view.Column;
import org.nhlakehouse.dashboard.view.Columns;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.view.Format;
import org.nhlakehouse.dashboard.view.Option;
import org.nhlakehouse.dashboard.view.Pager;
import org.nhlakehouse.dashboard.web.BedSizeBand;
import org.nhlakehouse.dashboard.web.Ownership;
import org.nhlakehouse.dashboard.web.Pages;
import org.nhlakehouse.dashboard.web.Params;
import org.nhlakehouse.dashboard.web.SortDirection;

/** Reads the facility table from {@code rpt_facility_quarters} and {@code dim_facility}. */
@Singleton
public class FacilitiesReadModel extends GoldReadModel {

    static final List<Column> COLUMNS = List.of(
            Columns.CCN,
            Columns.NAME,
            Columns.CITY,
            Columns.STATE,
            Columns.OWNERSHIP,
            Column.of("certified_beds", "Beds", Format.INTEGER),
            Column.of("bed_size_band", "Bed band", Format.TEXT),
            Columns.OVERALL_RATING,
            Columns.STAFFING_RATING,
            Columns.AVG_RESIDENTS,
            Columns.TOTAL_HPRD,
            Columns.RN_HPRD,
            Columns.AIDE_HPRD,
            Columns.WEEKEND_HPRD,
            Columns.CONTRACT_SHARE,
            Columns.ZERO_RN_DAYS,
            Columns.OCCUPANCY);

    public FacilitiesView read(FacilityFilter filter, Quarters quarters) {
        QueryResult result = queries.run(filter.pageQuery());
        long total = matchingRows(result);
        String quarter = filter.quarter();
        DataTable table = DataTable.of("facilities", "Facilities in " + quarter, COLUMNS, result,
                filter.filtersAndSort().link("/facilities/export.csv"), ccn -> Pages.facilityHref(ccn, quarter))
                .withSortLinks(column -> {
                    FacilitySort sort = FacilitySort.byColumn(column.key());
                    if (sort == null) {
                        return null;
                    }
                    SortDirection next = sort == filter.sort() && filter.direction() == SortDirection.DESC
                            ? SortDirection.ASC
                            : sort == filter.sort() ? SortDirection.DESC
                                    : column.numeric() ? SortDirection.DESC : SortDirection.ASC;
                    return filter.filters().with("sort", sort).with("dir", next).link("/facilities");
                }, filter.sort().column(), filter.direction() == SortDirection.DESC);
        Pager pager = new Pager(filter.page(), filter.size(), total,
                page -> filter.filtersAndSort().with("page", page).link("/facilities"));
        List<Option> ratings = Option.ofValues(List.of("1", "2", "3", "4", "5"), null, "Any");
        return new FacilitiesView(filter, quarters.options(quarter),
                stateOptions(quarter, filter.state()),
                Option.of(Ownership.class, filter.ownership().orElse(null), "Any"),
                Option.of(BedSizeBand.class, filter.band().orElse(null), "Any"),
                select(ratings, filter.overall()), select(ratings, filter.staffing()),
                Params.PAGE_SIZES.stream().map(s -> new Option(s.toString(), s.toString(), s == filter.size()))
                        .toList(),
                filter.search(), filter.minHprd().map(String::valueOf).orElse(""),
                filter.maxHprd().map(String::valueOf).orElse(""), filter.sort().param(), filter.direction().param(),
                table, pager);
    }

    private static List<Option> select(List<Option> options, Optional<Integer> rating) {
        String value = rating.map(String::valueOf).orElse("");
        return options.stream().map(o -> new Option(o.value(), o.label(), o.value().equals(value))).toList();
    }
}
