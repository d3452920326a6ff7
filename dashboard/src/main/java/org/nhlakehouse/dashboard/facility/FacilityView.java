package org.nhlakehouse.dashboard.facility;

import java.util.List;

import org.nhlakehouse.dashboard.view.Chart;
import org.nhlakehouse.dashboard.view.DataTable;
import org.nhlakehouse.dashboard.view.Option;

/**
 * The facility page.
 *
 * @param ccn the facility
 * @param name its name
 * @param quarter the quarter shown
 * @param quarters the facility's quarters (the quarter filter)
 * @param hasQuarter whether the facility has PBJ data in the quarter
 * @param identity identity and ratings
 * @param headlines the top: headline measures beside state and nation, ranked among state and peers
 * @param headlinesExport the CSV of the top (its JSON: the same with export.json)
 * @param nationalLabel what the nation column stands for: "National" only when the quarter is national
 * @param contractTrend contract share per quarter
 * @param sections staffing, weekend gap, stability, case-mix and benchmark figures
 * @param daily daily total and RN HPRD, weekends shaded and zero-RN days marked
 * @param trend quarterly trend
 * @param mixChart employee vs contract hours by role
 * @param days, trendTable, mix, peers the tables behind the charts and the peer comparison
 */
public record FacilityView(String ccn, String name, String quarter, List<Option> quarters, boolean hasQuarter,
        List<Stat> identity, List<FacilityHeadlines.Headline> headlines, String headlinesExport,
        String nationalLabel,
        List<Section> sections, Chart daily, Chart trend, Chart contractTrend, Chart mixChart, DataTable days,
        DataTable trendTable, DataTable mix, DataTable peers) {

    /** A labelled value. */
    public record Stat(String key, String label, String value, String exact) {
    }

    /** A group of figures with an explanation. */
    public record Section(String id, String title, List<Stat> stats, String note, boolean benchmark) {
    }
}
