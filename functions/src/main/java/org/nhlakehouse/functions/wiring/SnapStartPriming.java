package org.nhlakehouse.functions.wiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.nhlakehouse.core.sql.SqlCatalog;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.runtime.StartupEvent;

/**
 * SnapStart priming. Before Lambda takes the snapshot of an initialized function (a CRaC checkpoint), this does the
 * work a cold first event would otherwise pay after every restore: it creates the function's handler and every
 * singleton it needs (the AWS SDK clients, the warehouse with its SQL catalog), loads the SQL catalog, and has the
 * Lambda runtime's JSON mapper read and write a task event. Nothing here calls AWS: a snapshot must hold no answer, no
 * credentials and no secret, so the handlers whose construction reads a secret are not created.
 */
@Singleton
public class SnapStartPriming implements Resource {

    private static final Logger LOG = Logger.getLogger(SnapStartPriming.class);

    /** Handlers not created before the snapshot: building ingestFromDrive's Drive client reads the key from Secrets Manager. */
    static final Set<String> NOT_CREATED = Set.of("ingestFromDrive");

    /** A task event shaped like the state machine's (a run, a batch, a step), for the JSON mapper to read and write. */
    private static final String SAMPLE_EVENT = """
            {"runId":"priming","batchId":"0123456789abcdef","attempt":0,"step":{"id":"silver/stg_pbj_daily",\
            "kind":"dml"},"files":[{"key":"raw/pbj/example.csv","bytes":1024,"sha256":"00"}],"ok":true,"n":1.5}""";

    private final Optional<String> handlerName;
    private final ObjectMapper json;

    public SnapStartPriming(@ConfigProperty(name = "quarkus.lambda.handler") Optional<String> handlerName,
            ObjectMapper json) {
        this.handlerName = handlerName;
        this.json = json;
    }

    /** What priming loaded: the handler it created (if any), the catalog's size, the event's size as written. */
    public record Primed(Optional<String> handler, int sqlSteps, int sqlTables, int eventBytes) {
    }

    /** Registers with the JVM's checkpoint coordination (a no-op on a JVM without CRaC, as in tests and locally). */
    void register(@Observes StartupEvent started) {
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        long started = System.nanoTime();
        Primed primed = prime();
        LOG.infof("Primed for the snapshot in %d ms: %s", (System.nanoTime() - started) / 1_000_000, primed);
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // Nothing to refresh: no connection, credential or clock reading was taken before the snapshot.
    }

    /** Does the priming; callable on its own (the tests do, no JVM here takes checkpoints). */
    public Primed prime() {
        Optional<String> created = handlerName.filter(name -> !NOT_CREATED.contains(name));
        created.ifPresent(SnapStartPriming::createHandler);
        SqlCatalog catalog = SqlCatalog.load();
        return new Primed(created, catalog.steps().size(), catalog.tables().size(), roundTripEvent());
    }

    /** Creating the handler creates its singletons: the task runner, the warehouse, the SDK clients it holds. */
    private static void createHandler(String name) {
        InstanceHandle<Object> handler = Arc.container().instance(name);
        if (!handler.isAvailable() || !RequestHandler.class.isAssignableFrom(handler.getBean().getBeanClass())) {
            throw new IllegalStateException("No handler named " + name + " (quarkus.lambda.handler)");
        }
        handler.get();
    }

    private int roundTripEvent() {
        try {
            JsonNode event = json.readTree(SAMPLE_EVENT);
            return json.writeValueAsBytes(event).length;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
