package org.nhlakehouse.dashboard.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.junit.jupiter.api.Test;
import org.nhlakehouse.dashboard.export.ExportTarget;
import org.nhlakehouse.dashboard.gold.GoldSource;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard function's SnapStart hook, run as Lambda runs it before the snapshot (no JVM here takes checkpoints, so
 * the test calls the hook itself): afterwards the Gold source (Athena's SDK client on AWS), the export target and every
 * other application-wide bean of the dashboard exist.
 */
@QuarkusTest
@WithTestResource(SamplesWarehouse.class)
class SnapStartPrimingTest {

    @Inject
    SnapStartPriming priming;

    @Inject
    BeanManager beans;

    @Test
    void beforeCheckpoint_createsTheDashboardsApplicationWideBeans() throws Exception {
        priming.beforeCheckpoint(null);

        assertThat(created(GoldSource.class)).as("the Gold source").isTrue();
        assertThat(created(ExportTarget.class)).as("the export target").isTrue();
        long dashboardBeans = beans.getBeans(Object.class).stream()
                .filter(bean -> bean.getScope() == Singleton.class || bean.getScope() == ApplicationScoped.class)
                .filter(bean -> bean.getBeanClass().getName().startsWith(SnapStartPriming.PRIMED_PACKAGE))
                .filter(bean -> bean.getBeanClass() != SnapStartPriming.class)
                .filter(bean -> !created(bean))
                .count();
        assertThat(dashboardBeans).as("dashboard beans left uncreated").isZero();
        assertThat(priming.prime()).contains("GoldSource", "ExportTarget").hasSizeGreaterThan(10);
    }

    private boolean created(Class<?> type) {
        return created(beans.resolve(beans.getBeans(type)));
    }

    private boolean created(Bean<?> bean) {
        return beans.getContext(bean.getScope()).get(bean) != null;
    }
}
