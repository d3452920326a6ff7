package org.nhlakehouse.dashboard.states;

import java.util.List;

import org.nhlakehouse.dashboard.view.Chart;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.view.Option;

/**
 * The States page: a map and a ranking by one metric in one quarter, with the national value (or that of all
 * reporting facilities when the quarter is not national); the shares of facilities
 * below the benchmarks; the facilities most reliant on contract staff.
 */
public record StatesView(String quarter, List<Option> quarters, List<Option> metrics, String metricLabel,
        String national, String nationalRaw, Chart map, Chart chart, DataTable table, DataTable benchmarks,
        DataTable contract, String pool) {
}
