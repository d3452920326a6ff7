package org.nhlakehouse.dashboard.page;

/** A page's filter, parsed from its request, that names the quarter the page is about. */
public interface QuarterFilter {

    /** The quarter shown, e.g. {@code 2024Q2}. */
    String quarter();
}
