package org.nhlakehouse.dashboard.facilities;

import java.util.List;

import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.view.Option;
import org.nhlakehouse.dashboard.view.Pager;

/** The Facilities page: filters, one page of the table, and paging. */
public record FacilitiesView(FacilityFilter filter, List<Option> quarters, List<Option> states,
        List<Option> ownerships, List<Option> bands, List<Option> overallRatings, List<Option> staffingRatings,
        List<Option> pageSizes, String search, String minHprd, String maxHprd, String sort, String direction,
        DataTable table, Pager pager) {
}
