package org.nhlakehouse.functions.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Optional;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.core.engine.SqlEngine;
import org.nhlakehouse.core.pipeline.Warehouse;
import org.nhlakehouse.core.source.DocumentSource;
import org.nhlakehouse.core.sql.SqlCatalog;
import org.nhlakehouse.core.storage.ObjectStore;
import org.nhlakehouse.core.tasks.PipelineServices;
import org.nhlakehouse.functions.handlers.RunSqlStepHandler;
import org.nhlakehouse.functions.testing.HandlerProfile;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The SnapStart hook, run as Lambda runs it before the snapshot (no JVM here takes checkpoints, so the test calls the
 * hook itself): the runSqlStep function's handler, warehouse and engine exist afterwards, the SQL catalog was read, the
 * JSON mapper wrote an event, and a handler whose construction would read a secret is left alone.
 */
@QuarkusTest
@TestProfile(SnapStartPrimingTest.Profile.class)
class SnapStartPrimingTest {

    public static class Profile extends HandlerProfile {
        public Profile() {
            super("runSqlStep");
        }
    }

    @Inject
    SnapStartPriming priming;

    @Inject
    ObjectMapper json;

    @Test
    void beforeCheckpoint_createsTheHandlersSingletons_andLoadsTheCatalogAndTheMapper() throws Exception {
        priming.beforeCheckpoint(null);

        assertThat(created(RunSqlStepHandler.class)).as("the handler").isTrue();
        assertThat(created(PipelineServices.class)).as("the task services").isTrue();
        assertThat(created(Warehouse.class)).as("the warehouse, with its SQL catalog").isTrue();
        assertThat(created(SqlEngine.class)).as("the SQL engine (Athena's SDK client on AWS)").isTrue();
        assertThat(created(ObjectStore.class)).as("the object store (S3's SDK client on AWS)").isTrue();

        SnapStartPriming.Primed primed = priming.prime();
        SqlCatalog catalog = SqlCatalog.load();
        assertThat(primed.handler()).contains("runSqlStep");
        assertThat(primed.sqlSteps()).isEqualTo(catalog.steps().size()).isPositive();
        assertThat(primed.sqlTables()).isEqualTo(catalog.tables().size()).isPositive();
        assertThat(primed.eventBytes()).isGreaterThan(100);
    }

    @Test
    void theDriveHandler_isNotCreated_becauseItsClientReadsASecret() {
        // In this application the Drive settings are missing: creating the handler would throw.
        SnapStartPriming drive = new SnapStartPriming(Optional.of("ingestFromDrive"), json);

        SnapStartPriming.Primed primed = drive.prime();

        assertThat(primed.handler()).isEmpty();
        assertThat(created(DocumentSource.class)).as("the Drive client").isFalse();
        assertThat(primed.sqlSteps()).isPositive();
    }

    @Test
    void anUnknownHandler_failsThePriming_ratherThanSnapshottingAnUnreadyFunction() {
        SnapStartPriming unknown = new SnapStartPriming(Optional.of("noSuchHandler"), json);

        assertThatIllegalStateException().isThrownBy(unknown::prime)
                .withMessageContaining("noSuchHandler");
    }

    /** Whether the singleton of that type exists, without creating it. */
    private static boolean created(Class<?> type) {
        BeanManager beans = Arc.container().beanManager();
        Bean<?> bean = beans.resolve(beans.getBeans(type));
        return Arc.container().getActiveContext(Singleton.class).get(bean) != null;
    }
}
