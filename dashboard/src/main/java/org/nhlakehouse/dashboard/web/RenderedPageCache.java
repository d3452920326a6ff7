package org.nhlakehouse.dashboard.web;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.nhlakehouse.dashboard.config.DashboardConfig;
import org.nhlakehouse.dashboard.query.GoldQueries;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Rendered HTML pages, kept per URL (path and query string as requested) and data version, so that a page asked for
 * again is served without building its tables and charts again. Query results are cached as well (GoldQueries); this
 * saves the rendering, which is most of a warm request's time. Only successful HTML pages are kept; errors and CSV
 * exports never are. A new data version (a finished pipeline run) changes every key, so stale pages are never served.
 * {@value #HEADER} says whether a response came from the cache.
 */
@Provider
public class RenderedPageCache implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Page-Cache";
    private static final String KEY = RenderedPageCache.class.getName() + ".key";

    private final RenderedPages pages;
    private final CurrentVertxRequest vertxRequest;

    public RenderedPageCache(RenderedPages pages, CurrentVertxRequest vertxRequest) {
        this.pages = pages;
        this.vertxRequest = vertxRequest;
    }

    /** The cache itself: an application-scoped bean, so that it is made at run time, when the configuration is. */
    @ApplicationScoped
    public static class RenderedPages {
        private final GoldQueries queries;
        private final Cache<String, byte[]> pages;

        public RenderedPages(GoldQueries queries, DashboardConfig config) {
            this.queries = queries;
            this.pages = Caffeine.newBuilder().maximumWeight(config.cache().pageBytes())
                    .weigher((String key, byte[] page) -> page.length).expireAfterWrite(config.cache().ttl()).build();
        }

        /** The key of a request target (path and query) in the current data version. */
        String key(String target) {
            return queries.version().id() + " " + target;
        }

        byte[] get(String key) {
            return pages.getIfPresent(key);
        }

        void put(String key, byte[] page) {
            pages.put(key, page);
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod())) {
            return;
        }
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String key = pages.key(request.getUriInfo().getRequestUri().getRawPath() + (query == null ? "" : "?" + query));
        byte[] page = pages.get(key);
        if (page != null) {
            allowCompression();
            request.abortWith(Response.ok(page, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).header(HEADER, "hit")
                    .build());
        } else {
            request.setProperty(KEY, key);
        }
    }

    /**
     * Quarkus REST marks every response {@code Content-Encoding: identity} and lifts the mark in the matched method's
     * handler chain, which a response given by a request filter skips: a cached page left uncompressed (the national
     * scatter page: 451 KB instead of 57 KB). HTML is in {@code quarkus.http.compress-media-types}, so lift it here.
     */
    private void allowCompression() {
        var context = vertxRequest.getCurrent();
        if (context != null && "identity".equals(context.response().headers().get("Content-Encoding"))) {
            context.response().headers().remove("Content-Encoding");
        }
    }

    /**
     * Renders a successful page here rather than later in the response pipeline, so that its text can be kept (an
     * output-stream tee would force blocking writes, which stall the Lambda adapter's event loop).
     */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object key = request.getProperty(KEY);
        if (key == null || response.getStatus() != 200 || response.getMediaType() == null
                || !MediaType.TEXT_HTML_TYPE.isCompatible(response.getMediaType())) {
            return;
        }
        // Quarkus REST has usually rendered the template by now (a String); render it here when it has not.
        String html = response.getEntity() instanceof TemplateInstance page ? page.render()
                : response.getEntity() instanceof String text ? text : null;
        if (html != null) {
            pages.put((String) key, html.getBytes(StandardCharsets.UTF_8));
            response.setEntity(html);
            response.getHeaders().putSingle(HEADER, "miss");
        }
    }
}
