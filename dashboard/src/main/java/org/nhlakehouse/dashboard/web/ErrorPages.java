package org.nhlakehouse.dashboard.web;

import java.util.UUID;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.nhlakehouse.dashboard.gold.NoPublishedGoldException;
import org.nhlakehouse.dashboard.view.Nav;
import org.nhlakehouse.dashboard.view.Page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Error pages: what was wrong with a request (400), what does not exist (404), that there is no data yet (503), and
 * for anything else a 500 that carries an incident id and nothing else: stack traces and SQL stay in the log.
 */
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(Page page, int status, String heading, String message, String parameter);
    }

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e) {
        return page(400, "Invalid request", "The parameter \u201c" + e.parameter() + "\u201d " + e.getMessage() + ".",
                e.parameter());
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "Not found", e.getMessage() == null || e.getMessage().startsWith("HTTP")
                ? "There is no page at this address."
                : e.getMessage(), "");
    }

    @ServerExceptionMapper
    public Response noData(NoPublishedGoldException e) {
        return page(503, "No data yet", e.getMessage(), "");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        return page(status, "Request not served", "The request could not be served (HTTP " + status + ").", "");
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Incident %s: %s", incident, e.getMessage());
        return page(500, "Something went wrong", "The page could not be produced. Incident " + incident
                + " is in the server log.", "");
    }

    static Response page(int status, String heading, String message, String parameter) {
        String html = Templates.error(new Page(heading, Nav.OVERVIEW, null), status, heading, message, parameter)
                .render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }
}
