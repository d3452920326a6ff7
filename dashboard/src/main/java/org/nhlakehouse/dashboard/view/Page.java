package org.nhlakehouse.dashboard.view;

import java.util.List;

/**
 * What every page has: its title, where it sits in the menu, and the provenance of its numbers.
 *
 * @param title the page title
 * @param active the menu entry it belongs to
 * @param provenance where the numbers come from (null on pages that read no data, e.g. errors before any data)
 */
public record Page(String title, Nav active, Provenance provenance) {

    public List<Nav> nav() {
        return Nav.all();
    }

    public boolean hasProvenance() {
        return provenance != null;
    }
}
