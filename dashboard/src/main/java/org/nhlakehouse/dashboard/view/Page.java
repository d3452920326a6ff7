package org.nhlakehouse.dashboard.view;

import java.util.List;

/**
 * What every page has: its title, where it sits in the menu, and the provenance of its numbers.
 *
 * @param title the page title
 * @param active the menu entry it belongs to
 * @param provenance where the numbers come from (null on pages that read no data, e.g. errors before any data)
 * @param coverage what the page's quarter covers ("2023Q2: 196 facilities in 3 states reported ..."), or empty on
 *        pages that show no single quarter
 */
public record Page(String title, Nav active, Provenance provenance, String coverage) {

    public Page(String title, Nav active, Provenance provenance) {
        this(title, active, provenance, "");
    }

    public List<Nav> nav() {
        return Nav.all();
    }

    public boolean hasProvenance() {
        return provenance != null;
    }
}
