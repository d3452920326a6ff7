package org.nhlakehouse.dashboard.web;

/** An allow-listed value of a request parameter: what the URL says, and what the page shows. */
public interface Choice {
    String param();

    String label();
}
