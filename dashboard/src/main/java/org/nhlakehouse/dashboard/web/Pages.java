package org.nhlakehouse.dashboard.web;

import jakarta.inject.Singleton;

import org.nhlakehouse.dashboard.query.Loaded;
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.view.Nav;
import org.nhlakehouse.dashboard.view.Page;

/** The parts every page shares: title, menu entry and provenance. */
@Singleton
public class Pages {

    private final Loaded loaded;

    public Pages(Loaded loaded) {
        this.loaded = loaded;
    }

    public Page page(String title, Nav nav) {
        return new Page(title, nav, loaded.provenance());
    }

    /** A page that shows one quarter: it says under its title how many facilities that quarter covers. */
    public Page page(String title, Nav nav, String quarter) {
        return new Page(title, nav, loaded.provenance(),
                loaded.quarters().of(quarter).map(Quarters.Coverage::sentence).orElse(""));
    }

    /** The facility page of a CCN in a quarter. */
    public static String facilityHref(String ccn, String quarter) {
        return QueryString.create().with("quarter", quarter).link("/facilities/" + ccn);
    }
}
