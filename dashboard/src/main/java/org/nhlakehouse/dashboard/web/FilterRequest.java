package org.nhlakehouse.dashboard.web;

import jakarta.ws.rs.QueryParam;

/**
 * The request parameters every filtered page reads, exactly as sent: its quarter and, optionally, a state. A page's
 * {@code Request} bean (a JAX-RS {@code @BeanParam}) extends it with its own parameters and validates them all into
 * the page's filter record.
 */
public abstract class FilterRequest {
    @QueryParam("quarter")
    protected String quarter;
    @QueryParam("state")
    protected String state;

    /**
     * The parameters of a sorted, paginated table as well.
     */
    public abstract static class Paged extends FilterRequest {
        @QueryParam("dir")
        protected String dir;
        @QueryParam("page")
        protected String page;
        @QueryParam("size")
        protected String size;
    }
}
