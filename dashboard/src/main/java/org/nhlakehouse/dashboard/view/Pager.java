package org.nhlakehouse.dashboard.view;

import java.util.function.IntFunction;

/**
 * Paging of a long table.
 *
 * @param page the current page, 1-based
 * @param size rows per page
 * @param total rows that match the filters
 * @param link the link to a page
 */
public record Pager(int page, int size, long total, IntFunction<String> link) {

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public long first() {
        return total == 0 ? 0 : (long) (page - 1) * size + 1;
    }

    public long last() {
        return Math.min(total, (long) page * size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public String previousHref() {
        return link.apply(page - 1);
    }

    public String nextHref() {
        return link.apply(page + 1);
    }

    /** The SQL offset of the current page. */
    public long offset() {
        return (long) (page - 1) * size;
    }
}
