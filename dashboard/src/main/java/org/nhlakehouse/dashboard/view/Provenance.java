package org.nhlakehouse.dashboard.view;

/**
 * Where a page's numbers come from, stated on every page.
 *
 * @param firstQuarter the oldest loaded PBJ quarter
 * @param lastQuarter the newest loaded PBJ quarter
 * @param quarters how many quarters are loaded
 * @param providerInfoRelease the Processing Date of the newest loaded Provider Info release (empty: none loaded)
 * @param lastRun the latest pipeline run: id, outcome and when it finished
 * @param publishedAt when Gold was last published
 * @param source where Gold is read from
 */
public record Provenance(String firstQuarter, String lastQuarter, long quarters, String providerInfoRelease,
        String lastRun, String publishedAt, String source) {

    /** The as-of part of export file names: newest quarter and Provider Info date. */
    public String asOf() {
        return lastQuarter + (providerInfoRelease.isEmpty() ? "" : "-pi-" + providerInfoRelease);
    }
}
