package org.nhlakehouse.dashboard.page;

import jakarta.inject.Singleton;

import org.nhlakehouse.dashboard.export.CsvExports;
import org.nhlakehouse.dashboard.query.Loaded;
import org.nhlakehouse.dashboard.web.Pages;

/** The collaborators every page resource needs besides its own read model, injected as one. */
@Singleton
public class PageServices {

    final Loaded loaded;
    final Pages pages;
    final CsvExports exports;

    public PageServices(Loaded loaded, Pages pages, CsvExports exports) {
        this.loaded = loaded;
        this.pages = pages;
        this.exports = exports;
    }
}
