package org.nhlakehouse.dashboard.page;

import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.ws.rs.core.Response;

import org.nhlakehouse.dashboard.export.TableData;
import org.nhlakehouse.dashboard.query.Quarters;
import org.nhlakehouse.dashboard.view.Nav;
import org.nhlakehouse.dashboard.view.Page;

import io.quarkus.qute.TemplateInstance;

/**
 * A page resource: its HTML page and (most have one) the CSV/JSON export of its tables, both read from {@code model}.
 * The loaded quarters, the page frame and the exports come from here, so a resource holds only what its own page does.
 *
 * @param <M> where the page reads its data (a read model, or the queries themselves)
 */
public abstract class PageResource<M> {

    protected final M model;
    private final PageServices services;

    protected PageResource(M model, PageServices services) {
        this.model = model;
        this.services = services;
    }

    /** The quarters the warehouse holds now. */
    protected Quarters quarters() {
        return services.loaded.quarters();
    }

    /** The frame of a page that is not about one quarter. */
    protected Page page(String title, Nav nav) {
        return services.pages.page(title, nav);
    }

    /** The frame of a page about one quarter. */
    protected Page page(String title, Nav nav, String quarter) {
        return services.pages.page(title, nav, quarter);
    }

    /**
     * A page about the quarter its filter chose: the request's filter parsed against the loaded quarters, the view
     * read with it, in the page's template under the page frame.
     *
     * @param parse the request's filter, checked against the loaded quarters
     * @param read the read model's view for that filter
     * @param template the page's checked template
     */
    protected <F extends QuarterFilter, V> TemplateInstance quarterPage(String title, Nav nav,
            Function<Quarters, F> parse, BiFunction<F, Quarters, V> read,
            BiFunction<Page, V, TemplateInstance> template) {
        Quarters quarters = quarters();
        F filter = parse.apply(quarters);
        return template.apply(page(title, nav, filter.quarter()), read.apply(filter, quarters));
    }

    /** The table in the format named by the request path ({@code csv} or {@code json}). */
    protected Response exportTable(String format, TableData table) throws Exception {
        return services.exports.export(format, table);
    }
}
